/**
 * The Java snippets of the README and of {@code docs/}, compiled here so that they cannot drift:
 * each {@code ```java} block of the Markdown equals a region marked {@code // tag::name[]} …
 * {@code // end::name[]} in these sources (or a whole file), which {@link
 * io.dynamap.example.docs.MarkdownSnippetsTest} checks. Methods here are compiled, not run, unless
 * they are tests; their parameters are the variables a snippet takes from its page's prose.
 */
package io.dynamap.example.docs;
