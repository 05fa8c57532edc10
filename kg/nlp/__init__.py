"""spaCy pipeline: load the model once and add our components."""
from kg.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
