"""Trained head weights (<head>.npz) and model cards (<head>.md); see tools/train_heads.py."""
