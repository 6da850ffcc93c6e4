"""Balance-assistenten: answers questions about Balance Danmark with cited passages."""
from .answer.compose import ask
from .answer.result import Answer, Citation
from .index.storage import load_index

__version__ = "0.1.0"
__all__ = ["Answer", "Citation", "ask", "load_index", "__version__"]
