"""JSON with custom encoders and decoders: see `grader show serialization/json_codec`."""
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal


def dumps(obj, **kwargs):
    raise NotImplementedError("write dumps()")


def loads(s, classes=()):
    raise NotImplementedError("write loads()")
