"""perform: play an Ambiance on real lights and speakers (the only part that touches services)."""

from .performer import Performer

__all__ = ["Performer"]
