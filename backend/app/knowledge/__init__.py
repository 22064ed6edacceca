"""Occupational knowledge from O*NET and ESCO: skills, occupations, titles."""
