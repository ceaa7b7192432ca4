/**
 * The Java snippets of the README and of {@code docs/}, compiled here so that they cannot drift:
 * each {@code ```java} block of the Markdown equals a region marked {@code // tag::name[]} …
 * {@code // end::name[]} in these sources (or a whole file), which {@link
 * io.dynamap.example.docs.MarkdownSnippetsTest} checks. Methods here are compiled, not run, unless
 * they are tests; their parameters are the variables a snippet takes from its page's prose.
 *
 * <p>Regions are laid out as the pages show them (aligned comments, several calls on a line): do
 * not run a formatter over these files, or change the Markdown with them.
 */
package io.dynamap.example.docs;
