"""spaCy stage: the components that annotate a Doc with statements, speakers and claims."""

from . import factories
from .factories import PIPE_NAMES

__all__ = ["PIPE_NAMES", "factories"]
