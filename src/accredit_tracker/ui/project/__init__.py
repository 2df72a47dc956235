"""The project as a whole: assessments, profiles, preferences, copies, integrity and
shared projects.
"""
