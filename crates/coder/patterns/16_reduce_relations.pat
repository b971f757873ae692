# What it does: codes reductions of relations (CAMEO 16, PLOVER REDUCE): breaking
#   or downgrading diplomatic ties, recalling ambassadors, cutting aid, imposing
#   sanctions and embargoes, halting talks or mediation, leaving treaties and
#   expelling peacekeepers, inspectors or aid agencies.
# Why: sanctions and broken ties are key conflict indicators; the affected
#   country normally follows "on/against/with/to", so patterns end on the
#   policy noun and leave the country outside the trigger.
# Example: "The European Union imposed sanctions on Russia." => 163 IGO > RUS
# Example: "Morocco cut diplomatic ties with Iran." => 161 MAR > IRN
# Counter-example: "The company cut ties with its former supplier." (business)
# Counter-example: "The singer recalled her childhood in Lagos." (other sense of recall)

# --- 160 reduce relations ------------------------------------------------------------
pattern 160 : reduce * tie|relation|contact|cooperation
pattern 160 : scale back * tie|relation|cooperation|contact
pattern 160 : suspend * cooperation|contact|membership|visa|flight
pattern 160 : freeze * cooperation|contact|relation|tie
pattern 160 : withdraw from * treaty|agreement|deal|accord|pact|convention|organisation|organization|alliance|union
pattern 160 : pull out of * treaty|agreement|deal|accord|pact|convention|organisation|organization|alliance|union
pattern 160 : leave * alliance|bloc|union|organisation|organization|treaty|commonwealth
pattern 160 : quit * alliance|bloc|union|organisation|organization|treaty|accord
pattern 160 : exit * treaty|agreement|deal|accord
pattern 160 : suspend * participation in
pattern 160 : suspend * treaty|agreement|deal|accord|pact
pattern 160 : tear up * treaty|agreement|deal|accord
pattern 160 : cancel * agreement|deal|contract|treaty|accord
pattern 160 : terminate * agreement|deal|contract|treaty|accord
pattern 160 : ban * flight
pattern 160 : close * airspace
pattern 160 : close * border with
pattern 160 : suspend * from

# --- 161 reduce or break diplomatic relations ----------------------------------------------
pattern 161 : cut * tie|relation
pattern 161 : cut * diplomatic tie|relation
pattern 161 : sever * tie|relation
pattern 161 : break off * tie|relation
pattern 161 : break * diplomatic tie|relation
pattern 161 : suspend * diplomatic tie|relation
pattern 161 : downgrade * tie|relation
pattern 161 : downgrade * diplomatic tie|relation|presence
pattern 161 : recall * ambassador|envoy|diplomat
pattern 161 : recall * ambassador|envoy|diplomat from
pattern 161 : withdraw * ambassador|envoy
pattern 161 : withdraw * ambassador|envoy from
pattern 161 : close * embassy|consulate
pattern 161 : shut * embassy|consulate
pattern 161 : expel * ambassador
pattern 161 : end * diplomatic tie|relation

# --- 162 reduce or stop aid ---------------------------------------------------------------------
pattern 162 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * aid|assistance|funding|support
pattern 162 : cut off * aid|assistance|funding
pattern 162 : aid cut|suspension
pattern 162 : suspension of * aid|assistance
pattern 1621 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * economic|financial|development|budget * aid|assistance|support
pattern 1621 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * loan|grant|credit|payment
pattern 1622 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * military * aid|assistance|support|cooperation
pattern 1622 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * military aid|assistance|support to|for
pattern 1622 : halt|suspend|stop|freeze * arms|weapon * sale|delivery|shipment|export
pattern 1622 : halt|suspend|stop|freeze * delivery of * weapon|arm|jet|tank|missile
pattern 1623 : cut|suspend|halt|freeze|stop|reduce|withdraw|end * humanitarian|food|medical * aid|assistance|supply|delivery
pattern 1623 : halt|suspend|stop * aid delivery|convoy

# --- 163 embargo, boycott, sanctions ----------------------------------------------------------------
pattern 163 : sanction
pattern 163 : impose * sanction|embargo|tariff|duty|boycott|penalty
pattern 163 : impose * sanction on|against
pattern 163 : slap * sanction|tariff|embargo|duty
pattern 163 : levy * tariff|duty
pattern 163 : announce * sanction|tariff|embargo
pattern 163 : tighten * sanction|embargo
pattern 163 : expand * sanction
pattern 163 : extend * sanction|embargo
pattern 163 : new sanction
pattern 163 : sanction on|against
pattern 163 : embargo
pattern 163 : embargo on|against
pattern 163 : ban * import|export|trade|product|goods
pattern 163 : ban on * import|export
pattern 163 : restrict * import|export|trade
pattern 163 : halt|suspend|stop|freeze * trade|import|export|shipment
pattern 163 : freeze * asset|fund|account
pattern 163 : asset freeze
pattern 163 : cut off * gas|oil|energy|power|electricity|water * supply
pattern 163 : cut off * gas|oil|energy|electricity
pattern 163 : blacklist * company|bank|firm|entity
pattern 163 : place * on * blacklist
pattern 163 : place * on * sanction|entity list
pattern 163 : add * to * blacklist
pattern 163 : add * to * sanction|entity list
pattern 163 : economic sanction

# --- 164 halt negotiations ------------------------------------------------------------------------
pattern 164 : suspend|halt|freeze|end|abandon|cancel|postpone * talk|negotiation|dialogue
pattern 164 : suspend|halt|freeze|end|abandon|cancel|postpone * talk|negotiation|dialogue with
pattern 164 : break off * talk|negotiation|dialogue with
pattern 164 : break off * talk|negotiation|dialogue
pattern 164 : call off * talk|negotiation|dialogue
pattern 164 : walk out of * talk|negotiation|meeting|summit
pattern 164 : walk out
pattern 164 : pull out of * talk|negotiation|dialogue
pattern 164 : withdraw from * talk|negotiation|dialogue
pattern 164 : quit * talk|negotiation
pattern 164 : collapse of * talk|negotiation
pattern 164 : =talks * collapse|fail|stall|break

# --- 165 halt mediation ----------------------------------------------------------------------------
pattern 165 : end|suspend|halt|abandon|quit * mediation
pattern 165 : withdraw as * mediator
pattern 165 : step down as * mediator
pattern 165 : pull out of * mediation
pattern 165 : suspend * mediation effort|role
pattern 165 [with] : end|suspend|halt|abandon * mediation * with

# --- 166 expel or withdraw --------------------------------------------------------------------------
pattern 166 : expel * mission|agency|organisation|organization|ngo|charity|group|contingent
pattern 166 : order * mission|agency|organisation|organization|ngo|charity * to leave
pattern 166 : shut down * mission|office
pattern 166 : close * office
pattern 166 : end * mission
pattern 166 : suspend * mission
pattern 1661 : expel * peacekeeper
pattern 1661 : expel * peacekeeping mission|force|contingent|troop|soldier
pattern 1661 : withdraw * peacekeeper|peacekeeping
pattern 1661 : pull out * peacekeeper|peacekeeping
pattern 1661 : end * peacekeeping mission
pattern 1661 : ask * peacekeeper * to leave
pattern 1662 : expel * inspector|observer|monitor|investigator
pattern 1662 : withdraw * inspector|observer|monitor
pattern 1662 : end * cooperation with * inspector|watchdog
pattern 1662 : bar * inspector|observer|monitor
pattern 1663 : expel * aid agency|group|worker
pattern 1663 : expel * aid * agency|group|worker|organisation|organization
pattern 1663 : expel * ngo|charity|charities
pattern 1663 : suspend * aid * agency|group|organisation|organization
pattern 1663 : ban * aid * agency|group|organisation|organization|ngo

+ The European Union imposed sanctions on Russia. => 163 IGO > RUS
+ Morocco cut diplomatic ties with Iran. => 161 MAR > IRN
+ Israel recalled its ambassador from Turkey. => 161 ISR > TUR
+ The United States suspended military aid to Egypt. => 1622 USA > EGY
+ Iran suspended talks with the European Union. => 164 IRN > IGO
+ Russia withdrew from the treaty with the United States. => 160 RUS > USA
+ Washington imposed tariffs on Chinese steel. => 163 USA > CHN
+ Mali expelled the United Nations peacekeeping mission. => 1661 MLI > IGO
- The singer cut ties with her former label.
- The singer recalled her childhood in Lagos.
- The referee suspended the match because of rain.
+ Egypt halted its mediation efforts between Israel and Hamas. => 165 EGY > ISR,PSE
+ The Kenyan government ended mediation efforts with the striking doctors. => 165 KEN > KEN
