"""Stage 1, input: read each version's bytes, decode them, split paragraphs, label boilerplate.

``loading`` (files, folders, standard input) -> ``decoding`` and ``readers`` (HTML, Markdown,
Word) -> ``segment`` (paragraphs with their lines on disk) -> ``boilerplate`` (labels from
``rules.toml``, a newsroom's rules file and the story's own shape; nothing is removed).
Nothing is imported here: each module is imported where it is used.
"""
