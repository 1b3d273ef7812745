"""Hand-written seeds and template piles that build `data/mood_samples.csv`.

`python -m training.samples.build` regenerates the file deterministically.
"""
