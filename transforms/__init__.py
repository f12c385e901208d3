"""Pure functions over plain Python and Arrow data: where Marsad's Arabic knowledge lives.

Nothing in this package opens a file, a database or a Prefect context.
"""
