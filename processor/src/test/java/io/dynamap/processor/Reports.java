package io.dynamap.processor;

import io.dynamap.processor.validation.Message;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that specifies when an error message is reported. {@link EveryMessageIsTestedTest}
 * checks that every {@link Message} has such a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Reports {
  Message[] value();
}
