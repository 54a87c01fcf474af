"""Image work shared by the image rules: decoding once per draft (loading), logo references (logos)."""
