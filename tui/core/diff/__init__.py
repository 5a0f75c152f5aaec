"""Stage 3, word diffs of aligned cells.

``worddiff`` (the only module that imports diff-match-patch) and ``diffs`` (a cell's
changes, computed on demand and remembered).
Nothing is imported here: each module is imported where it is used.
"""
