# What it does: codes material cooperation (CAMEO 06, PLOVER COOPERATE/material):
#   trade and investment, military cooperation (joint exercises, arms sales),
#   judicial cooperation (extradition) and intelligence sharing.
# Why: economic and security cooperation are frequent; joint exercises are
#   reciprocal (sym), trade and sales are directed to the partner.
# Example: "India and France held joint military exercises." => 062 IND,FRA sym
# Example: "Turkey extradited a suspect to Germany." => 063 TUR > DEU
# Counter-example: "The shop sells fresh bread to the neighbours." (commerce, no political actor)
# Counter-example: "Friends share information about concerts." (no political actor)

# --- 060 material cooperation -----------------------------------------------------------
pattern 060 [sym] : launch * joint project|venture|initiative
pattern 060 [sym] : joint project|venture
pattern 060 [sym] : build * jointly
pattern 060 : cooperate on
pattern 060 [sym] : work together on
pattern 060 [sym] : jointly develop|build|produce
pattern 060 : help * build
pattern 060 [sym] : collaborate on
pattern 060 : collaborate with
pattern 060 : partner with

# --- 061 economic cooperation -------------------------------------------------------------
# Trade in the verb only: "exports to China rose" is a figure, not an act.
pattern 061 [verb] : trade with
pattern 061 [sym] : boost|expand|increase|deepen * economic tie|cooperation
pattern 061 [sym] : boost|expand|increase|deepen * trade
pattern 061 : invest
pattern 061 : invest * in
pattern 061 [verb] : export * to
pattern 061 [verb] : import * from
pattern 061 : buy * oil|gas|grain|wheat|coal|crude|energy|lng from
pattern 061 : sell * oil|gas|grain|wheat|coal|crude|energy|lng to
pattern 061 : supply * oil|gas|grain|wheat|coal|energy|lng|electricity to
pattern 061 : ship * oil|gas|grain|wheat|coal|crude|lng to
pattern 061 : open * market to
pattern 061 : grant * market access
pattern 061 [sym] : resume * trade|flight|shipment|export|import
pattern 061 : resume * trade with
pattern 061 [sym] : launch * direct flight
pattern 061 [sym] : open * border crossing|trade route|pipeline
pattern 061 : economic cooperation with
pattern 061 : trade deal with
pattern 061 : investment in
pattern 061 : build * pipeline|railway|port|plant|road for
pattern 061 : lift * visa requirement
pattern 061 [sym] : establish * free trade zone|area
pattern 061 [sym] : create * free trade zone|area
pattern 061 : swap * currency

# --- 062 military cooperation ---------------------------------------------------------------
pattern 062 [sym] : hold * joint * exercise|drill|manoeuvre|maneuver|patrol
pattern 062 [sym] : conduct * joint * exercise|drill|manoeuvre|maneuver|patrol
pattern 062 [sym] : stage * joint * exercise|drill|manoeuvre|maneuver
pattern 062 [sym] : carry out * joint * exercise|drill|patrol
pattern 062 [sym] : joint military|naval|air * exercise|drill|patrol
pattern 062 [sym] : joint exercise|drill|patrol
pattern 062 [sym] : participate in * exercise|drill
pattern 062 [sym] : participate in * war game
pattern 062 [sym] : take part in * exercise|drill
pattern 062 [sym] : take part in * war game
pattern 062 [sym] : joint * war game
pattern 062 : military|defence|defense|security cooperation with
pattern 062 : sell * weapon|arm|jet|missile|tank|submarine|drone|fighter|helicopter|warship to
pattern 062 : buy * weapon|arm|jet|missile|tank|submarine|drone|fighter|helicopter|warship|system from
pattern 062 : purchase * weapon|arm|jet|missile|tank|submarine|drone|fighter|helicopter|warship|system from
pattern 062 : arms deal|sale with|to
pattern 062 : host * troop|base|soldier
pattern 062 [sym] : exchange * military|defence|defense * delegation|officer
pattern 062 : train * with
pattern 062 : grant * access to * base|port|airfield
pattern 062 : allow * to use * base|airspace|port

# --- 063 judicial cooperation -------------------------------------------------------------------
pattern 063 : extradite
pattern 063 : extradite * to
pattern 063 : hand over * suspect|fugitive|accused * to
pattern 063 : extradition of * to
pattern 063 : judicial|legal cooperation with
pattern 063 [sym] : cooperate * on * investigation|case|extradition
pattern 063 : provide * legal assistance to
pattern 063 : transfer * prisoner|suspect to
pattern 063 : repatriate * suspect|fugitive to

# --- 064 share intelligence ---------------------------------------------------------------------
pattern 064 : share * intelligence|information|data|evidence with
pattern 064 : share * intelligence
pattern 064 [sym] : exchange * intelligence|information|data
pattern 064 : provide * intelligence to
pattern 064 : pass * intelligence|information to
pattern 064 : hand * intelligence|evidence|information to
pattern 064 : intelligence sharing with
pattern 064 : intelligence cooperation with
pattern 064 : tip off

+ India and France held joint military exercises. => 062 IND,FRA sym
+ Turkey extradited a suspect to Germany. => 063 TUR > DEU
+ South Korea shared intelligence with Japan. => 064 KOR > JPN
+ India bought oil from Russia at a discount. => 061 IND > RUS
+ China exported more steel to Vietnam. => 061 CHN > VNM
+ Japan sold fighter jets to the Philippines. => 062 JPN > PHL
+ Russia and China conducted joint naval drills. => 062 RUS,CHN sym
+ Vietnam resumed trade with Cambodia. => 061 VNM > KHM
- The shop sells fresh bread to the neighbours.
- Friends share information about concerts.
- The Kenyan board will inform the Ugandan envoy of its opinion before March.
- The bakery imports flour from the mill.
- Japan's exports to China rose sharply last year.
- Indian trade with Pakistan fell in 2019.
+ Brazil and Argentina launched a joint project to build a gas pipeline. => 060 ARG,BRA sym
- Two tech firms launched a joint venture.
+ Germany and Italy took part in a joint space war game in France. => 062 DEU,ITA sym
