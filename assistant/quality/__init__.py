"""How well the assistant answers: the question log, the content-gap report and question-file evaluation."""
