"""The editor's review: decisions on rows, kept beside the comparison's stages.

``decisions`` (a decision keyed by the row's content), ``review_store`` (the review
file) and ``review_session`` (the viewer's review of one story).
Nothing is imported here: each module is imported where it is used.
"""
