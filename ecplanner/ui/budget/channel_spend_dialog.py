"""Asks what share of each month's GMV a paid channel should bring, to fill its spend.

The spend follows from the channel's expected ROI (``solve.solve_channel_spend``); the dialog
only takes the share, starting from the share the channel brings over the year now.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ChannelSpendDialog(QDialog):
    """``channel_name``'s share of GMV; ``share()`` is the answer as a fraction."""

    def __init__(self, channel_name: str, current_share: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill %1 spend").replace("%1", channel_name))
        explain = QLabel(self.tr(
            "Each month's spend is set so that %1 brings this share of the month's planned "
            "GMV at its expected ROI: spend = planned GMV × share ÷ ROI. Months without an "
            "expected ROI keep their spend.").replace("%1", channel_name))
        explain.setWordWrap(True)
        self.share_box = QDoubleSpinBox(minimum=0.0, maximum=100.0, decimals=1,
                                        singleStep=1.0, suffix=" %")
        self.share_box.setValue(round(current_share * 100, 1))
        form = QFormLayout()
        form.addRow(self.tr("Share of GMV"), self.share_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def share(self) -> float:
        return self.share_box.value() / 100.0
