// The guides ship as Markdown in docs/ and link to each other as `name.md`; inside Storybook the same links must
// open the guide's docs page instead.
const pages: Record<string, string> = {
  'getting-started': 'guides-getting-started',
  privacy: 'guides-privacy-statement',
  languages: 'guides-languages',
  theming: 'guides-theming',
  embedding: 'guides-embedding',
  events: 'guides-events',
  data: 'guides-partner-data',
  accessibility: 'guides-accessibility-statement',
};

export const storybookLinks = (markdown: string): string =>
  markdown.replace(/\]\(([\w-]+)\.md\)/g, (link, name: string) => (pages[name] ? `](?path=/docs/${pages[name]}--docs)` : link));
