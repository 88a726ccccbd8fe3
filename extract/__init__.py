"""From source files to documents to claims.

The flow (see ../shared/DESIGN.md): a reader turns a file into a `Document`
(cleaned text plus metadata), the spaCy pipeline in `extract.nlp` finds actors
and claims in it, and `kb` stores the result.
"""
