# What it does: codes rejections and refusals (CAMEO 12, PLOVER REJECT): refusing
#   cooperation, aid, reform, concessions, release, sanctions relief, access,
#   de-escalation, talks, mediation and peace plans; defiance of norms; vetoes.
# Why: rejections are frequent and their sub-code depends on what is refused,
#   which follows the verb ("refused to release", "rejected talks").
# Example: "Pakistan ruled out talks with India." => 125 PAK > IND
# Example: "Russia vetoed a United Nations resolution." => 129 RUS > IGO
# Counter-example: "The patient's body rejected the transplant." (medical)
# Counter-example: "Sales declined sharply in March." (economy, not a refusal)

# --- 120 generic rejection -----------------------------------------------------------
pattern 120 : reject
pattern 120 : refuse
pattern 120 : refuse to
pattern 120 : rebuff
# Opposing a plan, a proposal or a deployment is rejecting it (PLOVER's
# gold codes "opposed the deployment of a peacekeeping force" REJECT, and so
# do news annotators), not criticising its authors.
pattern 120 : oppose
pattern 120 : spurn
pattern 120 : renege on
# Negotiators who fail to agree reject each other's terms (PLOVER codes
# this REJECT, symmetric); more specific than 057 "reach * agreement".
pattern 120 [sym] : fail to reach|strike * agreement|deal|accord|compromise|consensus|settlement
pattern 120 [sym] : fail to agree
pattern 120 : turn down
pattern 120 : snub
pattern 120 : say no to
pattern 120 : rule out
pattern 120 : repudiate
pattern 120 : refuse|decline to accept
pattern 120 : rejection of
pattern 120 : dismiss * offer|proposal|request|call|demand|plea|appeal|idea|suggestion|plan|ultimatum
pattern 120 : decline * offer|invitation|request|proposal
pattern 120 : refuse * demand|request
pattern 120 : refuse|decline to * comply

# --- 121 reject material cooperation ---------------------------------------------------
pattern 121 : reject * cooperation
pattern 121 : refuse|decline to * cooperate
pattern 121 : refuse|decline to extradite
pattern 121 : reject * extradition
pattern 121 : refuse|decline to share * intelligence|information|data
pattern 1211 : reject * trade|economic|investment deal|agreement|cooperation|pact|tie|offer
pattern 1211 : refuse|decline to * trade with
pattern 1211 : refuse|decline to * buy|import|sell
pattern 1211 : reject * free trade
pattern 1212 : reject * military|defence|defense|security cooperation|alliance|pact|tie|base|exercise
pattern 1212 : refuse|decline to * join * alliance|coalition|exercise|drill
pattern 1212 : refuse|decline to * host * base|troop

# --- 122 reject request for aid -----------------------------------------------------------
pattern 122 : refuse|reject|deny * aid|assistance|help
pattern 122 : refuse|decline to * provide|send|give * aid|assistance|help
pattern 1221 : refuse|reject * loan|bailout|credit
pattern 1221 : refuse|reject * debt relief
pattern 1221 : refuse|reject * financial|economic aid|assistance
pattern 1221 : refuse|decline to * lend|fund|finance
pattern 1222 : refuse|reject * military aid|assistance
pattern 1222 : refuse|decline to * send|supply|provide|deliver|sell * weapon|arm|tank|missile|jet|ammunition
pattern 1222 : refuse * request for * weapon|arm|tank|missile|jet
pattern 1223 : refuse|reject * humanitarian|food|medical aid|assistance|supply
pattern 1223 : refuse|decline to * send|provide|deliver * humanitarian|food|medical * aid|assistance|supply
pattern 1224 : refuse|decline to * send|deploy|contribute * troop|peacekeeper|soldier|force
pattern 1224 : reject * request for * peacekeeper|troop|protection
pattern 1224 : refuse * protection

# --- 123 reject political reform ------------------------------------------------------------
pattern 123 : reject * reform
pattern 123 : refuse|decline to * reform
pattern 123 : reject * call|demand for * reform
pattern 1231 : refuse|decline to * resign|quit|relinquish|cede
pattern 1231 : refuse|decline to * step down|aside
pattern 1231 : refuse|decline to * hand over power
pattern 1231 : reject * call|demand * resignation|resign
pattern 1231 : rule out * resignation|resigning|resign
pattern 1232 : refuse|decline to * change|reverse|scrap|repeal|withdraw|abandon|review * policy|law|decision|bill|plan
pattern 1232 : reject * call|demand * to * change|reverse|scrap|repeal|withdraw|abandon
pattern 1232 : refuse|decline to * back down on
pattern 1233 : refuse|decline to * recognise|recognize|grant|respect * right|freedom
pattern 1233 : reject * demand|call for * right|freedom
pattern 1234 : reject * constitutional|institutional reform|change|amendment
pattern 1234 : refuse|decline to * hold * election|referendum
pattern 1234 : reject * call|demand for * election|referendum

# --- 124 refuse to yield ------------------------------------------------------------------------
pattern 124 : refuse|decline to * back down
pattern 124 : refuse|decline to * budge|yield|concede|compromise|capitulate|surrender
pattern 124 : refuse|decline to * give in
pattern 124 : resist * pressure|call|demand
pattern 124 : stand * firm
pattern 124 : reject * concession|compromise
pattern 1241 : refuse|decline to * lift|ease|relax|end * curfew|emergency|restriction|ban|censorship
pattern 1241 : refuse|decline to * lift|ease|relax|end * martial law
pattern 1242 : refuse|decline to * end|halt|stop|suspend * protest|strike|demonstration|sit-in|boycott
pattern 1242 : refuse|decline to call off * protest|strike|demonstration|sit-in|boycott
pattern 1242 : vow to continue * protest|strike|demonstration
pattern 1243 : refuse|decline to * release|free|return|repatriate
pattern 1243 : refuse|decline to * hand over
pattern 1243 : reject * call|demand|request * release
pattern 1243 : refuse * release
pattern 1244 : refuse|decline to * lift|ease|relax|suspend|end * sanction|embargo|tariff|blockade
pattern 1244 : reject * call|demand|request * to * lift|ease * sanction|embargo
pattern 1244 : rule out * lifting|easing * sanction|embargo
pattern 1245 : refuse|decline to * allow|admit|accept|let * inspector|observer|monitor|aid|journalist|peacekeeper|investigator
pattern 1245 : deny * access
pattern 1245 : deny * access to
pattern 1245 : refuse * access
pattern 1245 : bar * inspector|observer|monitor|investigator|journalist
pattern 1245 : block * humanitarian|aid * access|convoy|delivery
pattern 1245 : deny * entry
pattern 1245 : refuse * entry
pattern 1245 : refuse * visa
pattern 1246 : reject * ceasefire|truce|cease-fire|armistice
pattern 1246 : rule out * ceasefire|truce|cease-fire
pattern 1246 : refuse|decline to * withdraw|retreat
pattern 1246 : refuse|decline to * pull out
pattern 1246 : refuse|decline to * stop|halt|end|cease * fighting|offensive|operation|attack|strike|war
pattern 1246 : vow to continue * fighting|offensive|operation|war|strike
pattern 1246 : reject * call|demand * to * withdraw
pattern 1246 : reject * call|demand|appeal for * ceasefire|truce|cease-fire

# --- 125 reject meeting or negotiation ---------------------------------------------------------
pattern 125 : reject * talk|negotiation|meeting|dialogue|summit|invitation
pattern 125 : reject * talk|negotiation|meeting|dialogue|summit with
pattern 125 : refuse|decline to * meet|negotiate|talk
pattern 125 : refuse|decline to * meet with
pattern 125 : refuse|decline to * hold * talk|negotiation
pattern 125 : rule out * talk|negotiation|meeting|dialogue|summit
pattern 125 : rule out * meet|negotiate
pattern 125 : boycott * talk|meeting|negotiation|summit|session|conference
pattern 125 : decline * invitation
pattern 125 : snub * invitation
pattern 125 : cancel * visit|trip|meeting|summit|talk
pattern 125 : call off * visit|trip|meeting|summit|talk

# --- 126 reject mediation -------------------------------------------------------------------------
pattern 126 : reject * mediation|mediator
pattern 126 : reject * offer to mediate
pattern 126 : refuse * mediation
pattern 126 : rule out * mediation
pattern 126 : refuse|decline to accept * mediation

# --- 127 reject settlement ---------------------------------------------------------------------------
pattern 127 : reject * peace plan|proposal|deal|agreement|accord|initiative|offer|term|talk
pattern 127 : reject * peace
pattern 127 : reject * settlement
pattern 127 : reject * two-state solution
pattern 127 : refuse|decline to sign * peace|agreement|accord|deal
pattern 127 : refuse|decline to * accept * peace
pattern 127 : pull out of * peace

# --- 128 defy norms, law ---------------------------------------------------------------------------------
pattern 128 : defy
pattern 128 : flout
pattern 128 : disobey
pattern 128 : in defiance of
pattern 128 : ignore * call|demand|warning|ruling|resolution|order|sanction|ban|appeal|plea
pattern 128 : breach * sanction|law|rule|resolution|obligation|embargo|norm
pattern 128 : violate * sanction|law|norm|rule|resolution|obligation|treaty|agreement|embargo|ban|right
pattern 128 : refuse|decline to comply with
pattern 128 : refuse|decline to * abide by
pattern 128 : refuse|decline to * obey|honour|honor|respect
pattern 128 : resist * arrest|order|ruling
pattern 128 : evade * sanction
pattern 128 : circumvent * sanction

# --- 129 veto -------------------------------------------------------------------------------------
pattern 129 : veto
pattern 129 : block * resolution|bill|motion|proposal|measure|statement
pattern 129 : use|used * veto
pattern 129 : cast * veto
pattern 129 : exercise * veto
pattern 129 : vote against
pattern 129 : vote down
pattern 129 : strike down

+ Iran rejected a proposal by France. => 120 IRN > FRA
+ Egypt opposed the Ethiopian dam project. => 120 EGY > ETH
+ British and European Union negotiators failed to reach a deal on fishing rights. => 120 GBR,IGO sym
+ Lebanon says it will not accept any more Syrian refugees. => 122 LBN > SYR
- The two football clubs failed to reach an agreement on the transfer fee.
+ Russia vetoed a United Nations resolution. => 129 RUS > IGO
+ Israel rejected calls for a ceasefire. => 1246 ISR > -
+ The Venezuelan president refused to step down. => 1231 VEN > VEN
+ North Korea refused to allow international inspectors back. => 1245 PRK > -
+ Ethiopia rejected mediation by Egypt. => 126 ETH > EGY
+ Hungary refused to send weapons to Ukraine. => 1222 HUN > UKR
+ Pakistan ruled out talks with India. => 125 PAK > IND
+ North Korea defied the United Nations. => 128 PRK > IGO
+ China rejected a peace plan proposed by Ukraine. => 127 CHN > UKR
- The patient's body rejected the transplant.
- Sales declined sharply in March.
- The striker refused to celebrate the goal.
- The goalkeeper defied the odds with a late save.
# A yield negated by a statement of will is a refusal (the coder recodes 08x as 12x):
+ Britain will not lift the ban on Hamas. => 1241 GBR > PSE
+ Iran won't withdraw its forces from Syria. => 1246 IRN > SYR
+ The junta would not release the detained journalists. => 1243 - > -
- Russia did not withdraw its troops from the border.
+ The governor declined to resign after the report. => 1231 - > -
- Oil prices declined to their lowest level in a year.
+ Sweden rejected the Turkish extradition request. => 121 SWE > TUR
- The player refused to cooperate with the club doctor.

# A refusal named by its noun ("the government's refusal to hold an inquiry").
pattern 120 : =refusal|refusals to|of
+ The Kenyan government's refusal to hold an inquiry angered the opposition. => 120 KEN > KEN
- The refusal rate for visas fell last year.
+ The Kenyan government reneged on its promise to raise teachers' pay. => 120 KEN > KEN
- The singer reneged on her promise to release a new album.
- Uganda's decision defies all logic, Kenya said.
