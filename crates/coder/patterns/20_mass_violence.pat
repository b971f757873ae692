# What it does: codes massive unconventional force (CAMEO 20, PLOVER ASSAULT/
#   mass violence): mass expulsions, mass killings and massacres, ethnic
#   cleansing and genocide, and the use of chemical, biological, radiological or
#   nuclear weapons.
# Why: the rarest but most severe events; they need explicit words ("massacre",
#   "ethnic cleansing", "chemical attack") rather than ordinary attack verbs.
# Example: "Sudanese paramilitaries massacred hundreds of civilians." => 202 SDN > SDN
# Example: "Syrian forces used chemical weapons against civilians." => 2041 SYR > SYR
# Counter-example: "The home team massacred their rivals six to nil." (sports)
# Counter-example: "The new film about genocide opened in cinemas." (culture)

# --- 200 mass violence ----------------------------------------------------------------
pattern 200 : mass atrocity|atrocities
pattern 200 : commit * atrocity|atrocities
pattern 200 : carry out * atrocity|atrocities
pattern 200 : scorched-earth
pattern 200 : scorched earth

# --- 201 mass expulsion -----------------------------------------------------------------
pattern 201 : mass expulsion|deportation|displacement
pattern 201 : forcibly * displace|expel|deport
pattern 201 : forced * displacement|deportation
pattern 201 : expel * thousand|thousands|hundred|hundreds
pattern 201 : deport * thousand|thousands|hundred|hundreds
pattern 201 : drive out * thousand|thousands|population|resident|inhabitant|villager
pattern 201 : depopulate
pattern 201 : forcibly transfer * population|civilian|child|children

# --- 202 mass killing ---------------------------------------------------------------------
pattern 202 : =massacred|massacring
pattern 202 : =slaughtered|slaughtering
pattern 202 : commit * massacre
pattern 202 : carry out * massacre
pattern 202 : mass killing|murder|execution
pattern 202 : kill * hundred|hundreds|thousand|thousands of
pattern 202 : execute * hundred|hundreds|thousand|thousands|dozen|dozens of
pattern 202 : mow down
pattern 202 : commit * genocide
pattern 202 : exterminate
pattern 202 : extermination of

# --- 203 ethnic cleansing ---------------------------------------------------------------------
pattern 203 : commit|conduct * ethnic cleansing
pattern 203 : ethnically cleanse
pattern 203 : carry out * ethnic cleansing
pattern 203 : engage in * ethnic cleansing

# --- 204 weapons of mass destruction ------------------------------------------------------------
pattern 204 : use * weapon of mass destruction
pattern 204 : use|used * weapon of mass destruction
pattern 2041 : use|used * chemical|biological|radiological * weapon|agent|munition
pattern 2041 : chemical|gas|chlorine|sarin|nerve * attack
pattern 2041 : chemical weapon * attack
pattern 2041 : nerve agent * attack
pattern 2041 : gas * civilian
pattern 2041 : drop * chlorine|sarin|barrel
pattern 2041 : carry out * chemical * attack
pattern 2041 : launch * chemical * attack
pattern 2041 : poison gas
pattern 2041 : dirty bomb
pattern 2042 : drop * atomic|nuclear * bomb
pattern 2042 : use|used * nuclear * weapon|bomb
pattern 2042 : nuclear attack|strike on|against
pattern 2042 : detonate * nuclear * bomb * over|on
pattern 2042 : launch * nuclear * attack|strike

+ Sudanese paramilitaries massacred hundreds of civilians. => 202 SDN > SDN
+ Syrian forces used chemical weapons against civilians. => 2041 SYR > SYR
+ Myanmar's military carried out ethnic cleansing against the Rohingya. => 203 MMR > MMR
+ Serbian forces forcibly expelled thousands of villagers. => 201 SRB > SRB
+ Iraqi forces used poison gas against Kurdish villages. => 2041 IRQ > IRQ
- The home team massacred their rivals six to nil.
- The new film about genocide opened in cinemas.
- The chemical plant reported a gas leak on Friday.
+ Syrian government forces committed atrocities against civilians in Aleppo. => 200 SYR > SYR
- The new manager took a scorched-earth approach to the squad.
+ Serbian forces engaged in ethnic cleansing in Bosnia. => 203 SRB > BIH
- The novel is about a family that survived ethnic cleansing.
- Kenya's scorched-earth run through the tournament ended on Sunday.
