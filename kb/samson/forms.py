from django import forms

from .statements import SCALE, VALUES


class StartForm(forms.Form):
    partnership = forms.CharField(
        label="Navn på samarbeidet",
        max_length=150,
        help_text="For eksempel «Kulturskolen, biblioteket og ungdomsrådet i Røst». "
        "Navnet vises for alle som får lenken.",
    )


class ScoreForm(forms.Form):
    """One radio group per statement, grouped by value in the template."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for value in VALUES:
            for key, text in value.statements:
                self.fields[key] = forms.TypedChoiceField(
                    label=text,
                    choices=SCALE,
                    coerce=int,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": "Velg et svar for denne påstanden.",
                        "invalid_choice": "Velg et av svarene på skalaen.",
                    },
                )

    def values(self):
        """[(value, [bound fields])] in the order of the scorecard."""
        return [(value, [self[key] for key, _text in value.statements]) for value in VALUES]
