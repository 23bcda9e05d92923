// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types';
import { ArticleView } from '../../src/ui/ArticleView';
import { AppRoot, ErrorView, NoArticleView } from '../../src/ui/StateViews';

const LEAD = 'https://news.example/wp-content/uploads/2024/05/putin-780x470.jpg';
const INLINE = 'https://news.example/wp-content/uploads/2024/05/convoy-1024x683.jpg';

function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/world/putin-arrives-in-china/',
    canonicalUrl: 'https://news.example/world/putin-arrives-in-china/',
    title: 'Vladimir Putin arrives in China for state visit as Russian troops advance into Ukraine',
    category: 'World News',
    byline: 'Simone McCarthy',
    published: '2024-05-16T01:30:00.000Z',
    siteName: 'News Example',
    lang: 'en',
    dir: 'ltr',
    dateline: 'Hong Kong',
    leadImage: {
      src: LEAD,
      alt: 'Putin chairs a meeting',
      caption: 'Russian President Vladimir Putin chairs a meeting in Moscow on May 15.',
      credit: 'Gavriil Grigorov/Pool/Sputnik/Reuters/File',
    },
    figures: [
      {
        src: LEAD,
        alt: 'Putin chairs a meeting',
        caption: 'Russian President Vladimir Putin chairs a meeting in Moscow on May 15.',
        credit: 'Gavriil Grigorov/Pool/Sputnik/Reuters/File',
      },
      {
        src: INLINE,
        alt: 'Convoy',
        caption: 'Russian President Vladimir Putin’s convoy passes Tiananmen Square in Beijing on Wednesday.',
        credit: 'Zhou Chengfeng/VCG/Getty Images',
      },
    ],
    source: { label: 'News Source : amp.cnn.com', url: 'https://amp.cnn.com/', exact: false },
    tags: ['China', 'Russia'],
    html:
      '<p>Russian President Vladimir Putin arrived in Beijing for the start of a two-day state visit.</p>' +
      `<figure><img src="${INLINE}" alt="Convoy"><figcaption>Russian President Vladimir Putin’s convoy passes Tiananmen Square in Beijing on Wednesday. <small class="credit">Zhou Chengfeng/VCG/Getty Images</small></figcaption></figure>` +
      '<p>The war in Ukraine is expected to be on the agenda.</p>',
    text: 'Russian President Vladimir Putin arrived in Beijing for the start of a two-day state visit.\n\nThe war in Ukraine is expected to be on the agenda.',
    wordCount: 26,
    readingMinutes: 1,
    theme: { id: 'jannah', name: 'Jannah' },
    ...overrides,
  };
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(article: Article, props: { showImages?: boolean } = {}) {
  act(() =>
    render(
      <AppRoot state="article">
        <ArticleView article={article} locale="en-GB" {...props} />
      </AppRoot>,
      container,
    ),
  );
  return container.querySelector<HTMLElement>('#app-root[data-state="article"]')!;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim();

describe('ArticleView', () => {
  it('renders every part under the stable hooks', () => {
    const root = show(sampleArticle());
    expect(root).not.toBeNull();
    expect(text(root, 'h1.bs-title')).toBe(sampleArticle().title);
    expect(text(root, '.bs-category')).toBe('World News');
    expect(text(root, '.bs-byline')).toBe('Simone McCarthy');
    expect(text(root, '.bs-dateline')).toBe('Hong Kong');
    const time = root.querySelector('time.bs-date')!;
    expect(time.getAttribute('datetime')).toBe('2024-05-16T01:30:00.000Z');
    expect(time.textContent).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date('2024-05-16T01:30:00.000Z')));
    expect(Array.from(root.querySelectorAll('.bs-tags li'), (li) => li.textContent)).toEqual(['China', 'Russia']);
    expect(root.querySelector('.bs-body p')?.textContent).toMatch(/^Russian President/);
  });

  it('applies lang and dir on the article root', () => {
    const article = show(sampleArticle({ lang: 'ar', dir: 'rtl' })).querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  it('shows the lead figure once, above the body, and every figure with distinct caption and credit', () => {
    const root = show(sampleArticle({ html: `<figure><img src="${LEAD}"><figcaption>dup</figcaption></figure>` + sampleArticle().html }));
    const figures = Array.from(root.querySelectorAll('figure.bs-figure'));
    expect(figures).toHaveLength(2);
    expect(root.querySelectorAll(`img[src="${LEAD}"]`)).toHaveLength(1);
    expect(figures[0].compareDocumentPosition(root.querySelector('.bs-body')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(text(figures[0], '.bs-caption')).toBe('Russian President Vladimir Putin chairs a meeting in Moscow on May 15.');
    expect(text(figures[0], '.bs-credit')).toBe('Gavriil Grigorov/Pool/Sputnik/Reuters/File');
    const inline = figures[1];
    expect(inline.closest('.bs-body')).not.toBeNull();
    expect(text(inline, '.bs-caption')).toMatch(/convoy passes Tiananmen Square/);
    expect(text(inline, '.bs-caption')).not.toMatch(/Getty/);
    expect(text(inline, '.bs-credit')).toBe('Zhou Chengfeng/VCG/Getty Images');
    expect(inline.querySelectorAll('figcaption')).toHaveLength(1);
    for (const figure of figures) {
      expect(figure.querySelector('.bs-caption')).not.toBe(figure.querySelector('.bs-credit'));
      expect(figure.querySelector('.bs-credit-label')?.textContent).toMatch(/photo/i);
      expect(figure.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  });

  it('leaves images out when showImages is off', () => {
    const root = show(sampleArticle(), { showImages: false });
    expect(root.querySelectorAll('img, figure')).toHaveLength(0);
    expect(root.querySelectorAll('.bs-body p')).toHaveLength(2);
  });

  it('links the source safely, marking a homepage-only source', () => {
    const link = show(sampleArticle()).querySelector<HTMLAnchorElement>('a.bs-source')!;
    expect(link.getAttribute('href')).toBe('https://amp.cnn.com/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('amp.cnn.com (homepage)');
  });

  it('shows an exact source as its domain only', () => {
    const root = show(sampleArticle({ source: { label: 'Via Reuters', url: 'https://www.reuters.com/world/x', exact: true } }));
    const link = root.querySelector('a.bs-source')!;
    expect(link.textContent).toBe('reuters.com');
    expect(link.textContent).not.toMatch(/homepage/);
  });

  it('drops a source whose URL is not http(s)', () => {
    const root = show(sampleArticle({ source: { label: 'x', url: 'javascript:alert(1)', exact: true } }));
    expect(root.querySelector('a.bs-source')).toBeNull();
  });

  it('renders page strings as text, never markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = show(
      sampleArticle({
        title: `Title ${evil}`,
        byline: evil,
        category: evil,
        tags: [evil],
        leadImage: { src: LEAD, caption: evil, credit: evil },
      }),
    );
    expect(root.querySelector('h1.bs-title')!.textContent).toBe(`Title ${evil}`);
    expect(root.querySelector('h1.bs-title img, .bs-byline img, .bs-category img, .bs-tags img, .bs-figcaption img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(text(root, '.bs-figure-lead .bs-caption')).toBe(evil);
  });

  it('sanitizes the body: no script, handlers or javascript: links survive', () => {
    const root = show(
      sampleArticle({
        html:
          '<p>Safe text</p><script>window.__pwned = true</script>' +
          '<p><a href="javascript:alert(1)">bad</a> <img src="https://news.example/a.jpg" onerror="alert(1)"></p>' +
          '<iframe src="https://evil.example"></iframe>',
      }),
    );
    const body = root.querySelector('.bs-body')!;
    expect(body.textContent).toContain('Safe text');
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.innerHTML).not.toMatch(/<script|onerror|javascript:/i);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('replaces the body when the article changes', () => {
    show(sampleArticle());
    const root = show(sampleArticle({ html: '<p>Second</p>', figures: [], leadImage: undefined }));
    expect(root.querySelector('.bs-body')!.textContent).toBe('Second');
    expect(root.querySelectorAll('figure')).toHaveLength(0);
  });

  it('omits missing optional parts', () => {
    const root = show(
      sampleArticle({
        category: undefined,
        byline: undefined,
        published: undefined,
        dateline: undefined,
        leadImage: undefined,
        source: undefined,
        tags: [],
        readingMinutes: 0,
      }),
    );
    expect(root.querySelector('.bs-category, .bs-byline, time.bs-date, .bs-dateline, .bs-figure-lead, a.bs-source, .bs-tags')).toBeNull();
    expect(root.querySelector('h1.bs-title')).not.toBeNull();
  });
});

describe('ArticleView presentation (reader)', () => {
  it('shows byline, date and reading time separated, and links back to the original page', () => {
    const root = show(sampleArticle({ readingMinutes: 4 }));
    const meta = root.querySelector('.bs-meta')!;
    expect(Array.from(meta.children, (child) => child.className)).toEqual(['bs-byline', 'bs-meta-sep', 'bs-date', 'bs-meta-sep', 'bs-reading-time']);
    expect(text(root, '.bs-reading-time')).toBe('4 min read');
    expect(root.querySelector('.bs-meta-sep')!.getAttribute('aria-hidden')).toBe('true');
    const original = root.querySelector<HTMLAnchorElement>('a.bs-original')!;
    expect(original.getAttribute('href')).toBe('https://news.example/world/putin-arrives-in-china/');
    expect(original.textContent).toBe('Open the original page');
  });

  it('isolates page strings that may be in another script: captions and credits get dir=auto', () => {
    const root = show(sampleArticle({ lang: 'ar', dir: 'rtl' }));
    for (const element of root.querySelectorAll('.bs-caption, .bs-credit')) expect(element.getAttribute('dir')).toBe('auto');
    expect(root.querySelector('.bs-byline')!.tagName).toBe('BDI');
    expect(root.querySelector('.bs-reading-time')!.tagName).toBe('BDI');
  });

  it('gives every body image a text alternative: its own, the figure alt or caption, else empty', () => {
    const root = show(
      sampleArticle({
        html: `<figure><img src="${INLINE}"><figcaption>x</figcaption></figure><p><img src="https://news.example/other.png"></p><p><img src="https://news.example/own.png" alt="own"></p>`,
      }),
    );
    const alts = Array.from(root.querySelectorAll('.bs-body img'), (img) => img.getAttribute('alt'));
    expect(alts).toEqual(['Convoy', '', 'own']);
  });

  it('hides an image that fails to load and marks its figure, keeping the caption', () => {
    const root = show(sampleArticle());
    const images = Array.from(root.querySelectorAll<HTMLImageElement>('img'));
    expect(images.length).toBe(2);
    for (const img of images) img.dispatchEvent(new Event('error'));
    for (const img of images) {
      expect(img.hidden).toBe(true);
      expect(img.closest('figure')!.classList.contains('bs-figure-broken')).toBe(true);
    }
    expect(root.querySelectorAll('.bs-caption')).toHaveLength(2);
  });
});

describe('state views', () => {
  it('no-article and error states carry their hooks and messages', () => {
    act(() =>
      render(
        <AppRoot state="no-article">
          <NoArticleView />
        </AppRoot>,
        container,
      ),
    );
    expect(container.querySelector('#app-root')!.getAttribute('data-state')).toBe('no-article');
    expect(container.textContent).toContain('No article on this page');
    act(() =>
      render(
        <AppRoot state="error">
          <ErrorView detail="This is one of the browser's own pages (chrome:)." />
        </AppRoot>,
        container,
      ),
    );
    expect(container.querySelector('#app-root')!.getAttribute('data-state')).toBe('error');
    expect(container.textContent).toContain("Broadsheet can't read this page");
    expect(container.textContent).toContain('chrome:');
  });
});

describe('ArticleView first screen first (popup)', () => {
  // Ten 300-character paragraphs: the first screen is the first four (1,200 characters).
  const paragraphs = Array.from({ length: 10 }, (_, index) => `Paragraph ${String(index + 1).padStart(2, '0')} ${'word '.repeat(57)}`.trim().padEnd(300, '.'));
  const long = () => sampleArticle({ html: paragraphs.map((p) => `<p>${p}</p>`).join(''), figures: [], leadImage: undefined });
  const bodyParagraphs = (root: ParentNode) => Array.from(root.querySelectorAll('.bs-body p'), (p) => p.textContent);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function showFirstScreenFirst(article: Article) {
    act(() =>
      render(
        <AppRoot state="article">
          <ArticleView article={article} locale="en-GB" firstScreenFirst />
        </AppRoot>,
        container,
      ),
    );
    return container.querySelector<HTMLElement>('#app-root')!;
  }

  it('draws the first screenful of the body, then the rest after the next frame, busy meanwhile', () => {
    const root = showFirstScreenFirst(long());
    const body = root.querySelector('.bs-body')!;
    expect(bodyParagraphs(root)).toEqual(paragraphs.slice(0, 4));
    expect(body.getAttribute('aria-busy')).toBe('true');
    vi.advanceTimersToNextFrame(); // the frame: its callback hands the rest to a task
    expect(bodyParagraphs(root)).toHaveLength(4);
    vi.advanceTimersByTime(1); // the task after it
    expect(bodyParagraphs(root)).toEqual(paragraphs);
    expect(body.hasAttribute('aria-busy')).toBe(false);
  });

  it('adds the rest on a timer when no frame comes (a page that is not shown)', () => {
    const root = showFirstScreenFirst(long());
    vi.advanceTimersByTime(100);
    expect(bodyParagraphs(root)).toEqual(paragraphs);
  });

  it('counts a picture as part of the screen', () => {
    const html = `<figure><img src="${INLINE}" alt="Convoy"></figure>` + paragraphs.map((p) => `<p>${p}</p>`).join('');
    const root = showFirstScreenFirst(sampleArticle({ html, figures: [], leadImage: undefined }));
    expect(root.querySelectorAll('.bs-body figure')).toHaveLength(1);
    expect(bodyParagraphs(root)).toEqual(paragraphs.slice(0, 2));
  });

  it('draws a short body at once, and never busy', () => {
    const root = showFirstScreenFirst(sampleArticle());
    expect(root.querySelector('.bs-body')!.hasAttribute('aria-busy')).toBe(false);
    expect(bodyParagraphs(root)).toHaveLength(2);
  });

  it('drops the pending rest when the article is replaced before the frame', () => {
    showFirstScreenFirst(long());
    const root = showFirstScreenFirst(sampleArticle({ html: '<p>Second</p>', figures: [], leadImage: undefined }));
    vi.advanceTimersByTime(200);
    expect(bodyParagraphs(root)).toEqual(['Second']);
    expect(root.querySelector('.bs-body')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('without it (the reader tab) the whole body is drawn at once', () => {
    const root = show(long());
    expect(bodyParagraphs(root)).toEqual(paragraphs);
  });
});
