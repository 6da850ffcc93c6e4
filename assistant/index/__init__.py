"""The BM25 index: chunks from the corpus, the index itself, its file format and the build command."""
