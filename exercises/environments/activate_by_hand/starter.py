def activated(env_dir, environ):
    raise NotImplementedError("write activated()")


def run_in(env_dir, argv, environ=None):
    raise NotImplementedError("write run_in()")
