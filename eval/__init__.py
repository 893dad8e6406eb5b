"""Evaluation: named test sets, sacreBLEU metrics, baselines. Import by full path (`from eval import metrics`)."""
