[negator] Negators
not
[contrast] Contrast
but
