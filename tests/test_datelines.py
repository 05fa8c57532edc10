"""The dateline's dash is given to the model as a line break, and the text keeps its length."""
import pytest

from kg.nlp.datelines import dateline_break, for_model


@pytest.mark.parametrize("text, expected", [
    ("T\n\nBRUSSELS, October 16, 2023 (Reuters) - The EU", "T\n\nBRUSSELS, October 16, 2023 (Reuters) \n The EU"),
    ("KYIV, Ukraine, May 16, 2024 \u2014 The", "KYIV, Ukraine, May 16, 2024 \n The"),
    ("T\nWASHINGTON (AP) -- President", "T\nWASHINGTON (AP) \n  President"),
    ("Evansville, Indiana, United States \u2014 A", "Evansville, Indiana, United States \n A"),
])
def test_a_datelines_dash_becomes_a_line_break(text, expected):
    assert for_model(text) == expected
    assert len(for_model(text)) == len(text)


@pytest.mark.parametrize("text", [
    "T\nKyiv - The city",              # a place in ordinary case, with nothing after it
    "T\nHe said - Then he left",
    "Putin - Xi talks\nbody",
    "T\nTHE HAGUE, May 20 - and then",  # no capital after the dash
])
def test_other_dashes_stay(text):
    assert dateline_break(text) is None
    assert for_model(text) == text
