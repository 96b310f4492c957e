"""(being written)"""
def applies(spec):
    return False
def run(ctx):
    raise NotImplementedError
