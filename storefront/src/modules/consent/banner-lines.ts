/**
 * The banner's text cut into sentences, each shown as a block of its own: the same words, but no block of
 * banner text grows large enough to become the page's Largest Contentful Paint.
 */
export const bannerSentences = (text: string): string[] => text.split(/\n|(?<=[.!?])\s+(?=[A-Z"“])/)
