"""Images of a draft: decoded once per draft (`loading`), their identifying metadata (`metadata`).

The image rules never open a file themselves: they iterate `loading.loaded_images(analysed)`, which
decodes every image of the draft once, at the size the checks need, and caches the result in the
analysed draft. Nothing in this package writes to, moves or deletes an image.
"""
