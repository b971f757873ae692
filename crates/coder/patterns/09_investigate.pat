# What it does: codes non-covert investigations (CAMEO 09, PLOVER INVESTIGATE):
#   probes into crime and corruption, human rights abuses, military incidents
#   and war crimes.
# Why: investigations by courts, parliaments and international bodies are
#   common follow-ups to violent and criminal events; the object of the
#   investigation is reached through "into"/"of".
# Example: "The International Criminal Court investigated Russia." => 090 IGO > RUS
# Example: "The United Nations investigated the attack on the convoy." => 093 IGO > -
# Counter-example: "Scientists investigated the properties of the new material." (research)
# Counter-example: "The detective novel probes family secrets." (fiction)

# --- 090 investigate -------------------------------------------------------------------
pattern 090 : investigate
pattern 090 : =probed|probing
pattern 090 [into] : launch * investigation|inquiry|probe|enquiry
pattern 090 [into] : open * investigation|inquiry|probe|enquiry
pattern 090 [into] : begin|start|order|announce * investigation|inquiry|probe|enquiry
pattern 090 [into] : set up * investigation|inquiry|probe|enquiry
pattern 090 [into] : conduct * investigation|inquiry|probe|enquiry
pattern 090 : investigation into|of
pattern 090 : inquiry into
pattern 090 : probe into
pattern 090 : look into
pattern 090 : inspect
pattern 090 : examine * evidence|claim|allegation|report
pattern 090 : review * evidence|case
pattern 090 [notgt] : send * fact-finding mission
pattern 090 : fact-finding mission to
pattern 090 : audit

# --- 091 crime, corruption ----------------------------------------------------------------
pattern 091 : investigate * corruption|fraud|bribery|crime|murder|killing|theft|embezzlement|laundering|smuggling|trafficking|death|disappearance
pattern 091 : launch|open|begin|order * corruption|criminal|fraud|murder * investigation|inquiry|probe
pattern 091 : corruption|criminal|fraud|murder * investigation|inquiry|probe into
pattern 091 : investigation|inquiry|probe into * corruption|fraud|bribery|murder|killing|death|embezzlement|laundering
pattern 091 : interrogate
pattern 091 : question * suspect|official|minister|executive
pattern 091 : raid * office|home|headquarters
pattern 091 : search * office|home|headquarters|premises

# --- 092 human rights abuses ------------------------------------------------------------------
pattern 092 : investigate * abuse|torture|rape|disappearance|detention|rights|violation|discrimination|mistreatment
pattern 092 : investigate * human right abuse|violation
pattern 092 : human right * investigation|inquiry|probe
pattern 092 : investigation|inquiry|probe into * abuse|torture|rape|disappearance|mistreatment|rights
pattern 092 : investigation|inquiry|probe into * human right
pattern 092 : launch|open * investigation|inquiry|probe into * abuse|torture|rape|disappearance

# --- 093 military action -----------------------------------------------------------------------
pattern 093 : investigate * attack|strike|airstrike|incident|shooting|bombing|clash|incursion|shelling|explosion|raid|crash
pattern 093 : investigate * ceasefire violation
pattern 093 : investigation|inquiry|probe into * attack|strike|airstrike|incident|shooting|bombing|clash|incursion|shelling|raid|crash
pattern 093 : launch|open * investigation|inquiry|probe into * attack|strike|airstrike|incident|shooting|bombing|clash|shelling
pattern 093 : investigate * use of * force
pattern 093 : investigate * use of * chemical weapon

# --- 094 war crimes ------------------------------------------------------------------------------
pattern 094 : investigate * war crime
pattern 094 : investigate * genocide|atrocity|atrocities|massacre
pattern 094 : investigate * crime against humanity
pattern 094 : war crime|crimes * investigation|inquiry|probe
pattern 094 : investigation|inquiry|probe into * war crime
pattern 094 : investigation|inquiry|probe into * genocide|atrocity|atrocities|massacre
pattern 094 : launch|open * war crime * investigation|inquiry|probe
pattern 094 : launch|open * investigation|inquiry|probe into * war crime
pattern 094 : document * war crime
pattern 094 : document * atrocity|atrocities

+ The International Criminal Court investigated Russia. => 090 IGO > RUS
+ The International Criminal Court opened an investigation into war crimes in Ukraine. => 094 IGO > -
+ The United Nations investigated the attack on the convoy. => 093 IGO > -
+ Indian police launched a corruption investigation into the minister. => 091 IND > IND
+ The United Nations launched an investigation into war crimes in Sudan. => 094 IGO > -
+ South Korean prosecutors investigated the bribery case. => 091 KOR > KOR
+ Amnesty International investigated torture in Egyptian prisons. => 092 NGO > EGY
- The study investigated the properties of the new material.
- The novel's plot probes family secrets.
- The museum examined the painting under ultraviolet light.
