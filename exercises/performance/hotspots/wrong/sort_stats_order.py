import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    prof = cProfile.Profile()
    prof.runcall(func, *args)
    st = pstats.Stats(prof)
    st.sort_stats("tottime")  # ignores `sort`
    names = []
    for key in st.fcn_list:
        if key[0] != "~" and not key[2].startswith("<"):
            names.append(key[2])
    return names[:n]
