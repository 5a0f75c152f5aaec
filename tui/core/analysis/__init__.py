"""Stage 4, analysis: what each version did to the story.

``stats`` (``analyse``: the scorecard), ``provenance`` (who was made from whom),
``findings`` (things an editor should look at), ``lexer`` (facts: quotations, numbers,
names), ``figures`` (how a share is worded).
Nothing is imported here: each module is imported where it is used.
"""
