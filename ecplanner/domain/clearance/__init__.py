"""Season clearance.

The weekly projection, the events that lift it and the markdown ladder it suggests.
"""
