"""Getting material in: crawl the site, read local files, extract text, and swap the corpus in whole."""
