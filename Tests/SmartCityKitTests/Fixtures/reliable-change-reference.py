#!/usr/bin/env python3
"""Reference for the alpha of all items that the reliable change index of the total rests on
(ReliableChangeTests): Cronbach's alpha of every scored item of the i-monitor's 2023 sample,
listwise, with pingouin.

    smartcity score Questionnaires/i-monitor/questionnaire.json Questionnaires/i-monitor/sample-responses.csv \
        --format items --out /tmp/items
    python3 reliable-change-reference.py /tmp/items/item-scores.csv

printed 0.9745737840222711 (pingouin 0.7.0).
"""
import sys

import pandas as pd
import pingouin

scores = pd.read_csv(sys.argv[1]).pivot(index="id", columns="question", values="item_score")
print(repr(float(pingouin.cronbach_alpha(data=scores, nan_policy="listwise")[0])))
