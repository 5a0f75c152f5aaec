"""Stage 2, alignment: which paragraphs of the N versions say the same thing, in ordered rows.

``base`` (which version the others are compared against), ``similarity`` (shared content)
-> ``pairalign`` (two versions) -> ``groups`` (N versions, moves) -> ``rows`` (ordered,
classified rows). ``tui.core.pipeline.compare`` runs them.
Nothing is imported here: each module is imported where it is used.
"""
