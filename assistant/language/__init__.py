"""Danish language resources from maintained sources: word frequencies, spelling, thesaurus, English.

Each module does one job and is usable on its own; none of them downloads anything at run time.
"""
