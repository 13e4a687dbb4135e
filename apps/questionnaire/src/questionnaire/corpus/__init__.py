"""Charter's reference corpus for the questionnaire app (data only; see ``manifest.json``).

A package so that the corpus files travel with an installed wheel as package data.
"""
