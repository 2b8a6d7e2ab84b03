def expose_models():
    pass
