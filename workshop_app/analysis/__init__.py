"""Text analysis and explained suggestions for sticky notes (no Qt, no storage).

Typical use from the application: create `SuggestionEngine(TextAnalyzer())`
at once (it works without language data), run `load_language_data()` in a
worker thread, then switch to `SuggestionEngine(TextAnalyzer(data))`. Run the
engine's methods in a worker too, passing `cancel` so a newer request can stop
an older one.
"""

from workshop_app.analysis.analyzer import AnalysedText, Term, TextAnalyzer
from workshop_app.analysis.engine import Settings, SuggestionEngine
from workshop_app.analysis.features import Weights
from workshop_app.analysis.language import LanguageData, load_language_data
from workshop_app.analysis.metrics import adjusted_rand_index
from workshop_app.analysis.results import (
    CancelCheck,
    Cancelled,
    Candidate,
    DuplicatePair,
    Note,
    Similar,
    SuggestedGroup,
    WorkshopSuggestions,
)
from workshop_app.analysis.workshop import paused_gc, suggest_for_workshop

__all__ = [
    "AnalysedText",
    "CancelCheck",
    "Cancelled",
    "Candidate",
    "DuplicatePair",
    "LanguageData",
    "Note",
    "Settings",
    "Similar",
    "SuggestedGroup",
    "SuggestionEngine",
    "Term",
    "TextAnalyzer",
    "Weights",
    "WorkshopSuggestions",
    "adjusted_rand_index",
    "load_language_data",
    "paused_gc",
    "suggest_for_workshop",
]
