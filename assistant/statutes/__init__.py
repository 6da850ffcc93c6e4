"""Statutes (vedtægter): § and stk. markers, statute documents into chunks, and references in questions."""
