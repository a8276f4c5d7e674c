"""An audited attribute: see `grader show descriptors/audited`."""


class Audited:
    def __set_name__(self, owner, name):
        raise NotImplementedError("write Audited.__set_name__()")

    def __get__(self, instance, owner=None):
        raise NotImplementedError("write Audited.__get__()")

    def __set__(self, instance, value):
        raise NotImplementedError("write Audited.__set__()")
