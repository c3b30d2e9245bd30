# German labels: reports must still show the English definition of a
# category that exists in several languages.
[budget] Budget / Preis
description: Der Preis ist ein Problem.
zu teuer

[authority] Entscheidungsbefugnis
description: Jemand anderes muss zustimmen.
freigabe
