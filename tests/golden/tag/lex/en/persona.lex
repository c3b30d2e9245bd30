[security] Security
match: CISO
match: Information Security Analyst
secur*
ciso

[end_user] End user
match: Executive Assistant to the CEO
match: Sales Operations Analyst
assistant
analyst

[executive] Executive
match: CEO
match: Co-Founder
nomatch: VP Marketing
ceo
founder
