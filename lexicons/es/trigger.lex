# trigger.lex (español): los siete motivos de compra. Boundaries as in en/trigger.lex.
# Cada categoría termina con `unless: próximo paso`: en las notas del CRM esas frases son
# el plan del comercial, no las palabras del cliente (labeling.md, regla 1).

[pain] Dolor
description: Un problema en el proceso actual duele: horas perdidas, trabajo manual, errores, caos, frustración con la forma de trabajar. La frustración con el producto del proveedor es product_fit.
match: Perdemos horas cada semana pasando datos a mano.
match: Antes el seguimiento era un caos.
nomatch: La implantación fue indolora.
nomatch: Las etiquetas salen mal y hay que rehacerlas a mano.

perdemos ~3 horas
"perdíamos"
horas perdidas
pérdida de tiempo
a mano
unless: rehac* ~4 a mano
manual
caos
caótico
pesadilla
un desastre
dolor de cabeza
frustra*
"errores"
se nos escap*
perdemos ~3 tiempo
nadie hace seguimiento
sin seguimiento
excel ~4 caos
doble trabajo
sin visibilidad
no tenemos visibilidad
falta de visibilidad
tedioso
lío
unless: próximo paso
# --- generalización, 2ª pasada: nóminas con errores, quejas, días perdidos arreglando
se quejan
quejas
pierdo ~3 días
perdemos ~3 días
"arreglándolo"
arreglar ~3 errores
errores en ~3 nóminas
errores en ~3 horas extra
nóminas ~4 tarde
pagamos ~3 tarde
papeleo
en papel
perseguir a
unless: no hay presupuesto
unless: sin presupuesto
unless: perder a los mejores
pierdo ~3 mañana
pierdo ~3 tarde
perdemos ~3 mañana
persiguiendo
# --- 4ª pasada: perder horas copiando, notas a mano, nadie sabía
perd* horas
notas a mano
nadie sabía
copiando ~4 al crm
la mitad del día
buscando a quién llamar
# --- pasada BB: nunca sabemos quién, leads que se enfrían
nunca sabemos
se enfrían
# --- round 5 (lexgen): a week per quote, hours lost
match: Cada presupuesto tarda una semana en salir.
match: Perdemos horas cada semana copiando datos.
tarda* ~3 semana*
citas duplicadas
match: Antes usábamos una agenda de papel y todo era un lío.

# --- ronda 7: odian las hojas de cálculo, cerrar el trimestre sin saber cuánto
match: El equipo odia las hojas de cálculo.
match: Cerrábamos el mes sin saber cuánto íbamos a vender.
odia* ~3 hojas
odia* ~3 excel
sin saber cuánto

# --- ronda 9: horas cuadrando cifras u hojas; nadie se fiaba del número
match: Cada lunes perdemos la mañana cuadrando cifras entre hojas.
match: Antes nadie se fiaba del número.
nomatch: Las cifras cuadran solas desde el primer mes.
"cuadrando" ~3 cifras
"cuadrando" ~3 números
"cuadrando" ~3 hojas
"cuadrar" ~3 cifras
"cuadrar" ~3 números
"cuadrar" ~3 hojas
@drama = infierno | drama | caos | pesadilla | locura
cierre de mes ~4 @drama
nadie se fiaba

# --- round 10 (lexgen6t): the before story in the imperfect ("Antes cerrábamos / perseguíamos ...";
# f, o, q), as a list of the verbs of the old routine; replaces "antes usábamos"
match: Antes perdíamos media mañana cuadrando hojas.
match: Antes cerrábamos cada mes con cinco Excel distintos.
nomatch: Antes de firmar, queremos ver el contrato.
@imperfecto = usábamos | cerrábamos | perseguíamos | perdíamos | pasábamos | dedicábamos | hacíamos
@imperfecto2 = perdía | perdían
antes ~>2 @imperfecto
antes ~>3 @imperfecto2
# batch 3: nobody knew or kept it up to date, as a list (u, x; fr "personne ne", en "nobody can tell")
match: Nadie sabía en qué punto estaba cada propuesta.
match: Las hojas que nadie actualizaba a tiempo.
nomatch: Nadie se quejó del precio.
@nadiesabe = sabía | sabe | actualizaba | actualiza | veía | ve | llamaba | llama | seguía
nadie ~>1 @nadiesabe
# --- ronda 11 (lexgen7t): pierde(n) horas (otra raíz), nadie se fía de las cifras
match: El equipo pierde horas cada semana con el Excel.
match: Nadie se fía de las cifras del forecast.
pierde* ~3 horas
nadie se fía

[fear_of_loss] Miedo a perder
description: Miedo a quedarse atrás o a perder: la competencia avanza, se pierden clientes u oportunidades, un plazo con pérdida.
match: La competencia ya lo usa y no queremos quedarnos atrás.
match: Cada semana sin esto perdemos clientes.
nomatch: Vamos por delante del plan.

quedarnos atrás
competencia ~5 ya
competidores ~5 ya
perder ~3 clientes
demasiado tarde
cada semana sin
quedarnos rezagados
rezagad*
perder ~3 cuota
perder ~3 ventas
competencia ~5 más rápid*
antes de que sea tarde
unless: próximo paso
# --- generalización, 2ª pasada: perder gente buena, si seguimos así, multas
perder a gente
perder ~3 gente
perder ~3 trabajadores
perder ~3 empleados
perder ~3 personal
perder ~3 talento
si seguimos así
multa*
sanción
riesgo de ~3 penaliza*
perder ~3 subvención
match: Si seguimos así vamos a perder a los mejores trabajadores.
perder a los mejores
perder ~3 mejores
si no cambiamos
# --- ronda 3: cada mes sin esto perdemos cuentas
cada mes sin
perdemos ~3 cuenta*
perdemos ~3 client*
perder ~3 cuentas
nos quitan ~3 clientes
match: Cada mes sin esto perdemos algún cliente.
# --- round 5 (lexgen): fear with its negator ("no podemos quedarnos atrás")
match: No podemos quedarnos atrás.
match: No podemos permitirnos perder más clientes.
no podemos quedarnos atrás
no podemos permitirnos perder
estamos perdiendo
# --- round 5 (lexgen, probe round 9): the customer leaves for a rival
match: Si no mejoramos los plazos, el cliente se va con la competencia.
se va con la competencia
se van con la competencia
se va* ~3 competencia

# --- ronda 7: pierden oportunidades (forma conjugada, otra raíz que perder)
match: Pierden oportunidades por no llamar a tiempo.
pierden ~3 oportunidades
se pierden ~3 oportunidades

# --- ronda 9: no perder el descuento
match: Quiere firmar este mes para no perder el descuento.
nomatch: El descuento no nos importa.
no perder el descuento
sin perder el descuento
# --- ronda 11 (lexgen7t): una pérdida que sigue a una condición («si no arrancamos antes de julio perdemos el contrato»); el «no» es de la condición
match: Si no empezamos en marzo perdemos la temporada de obras.
match: Como no lleguemos a tiempo, perderemos el contrato con el ayuntamiento.
nomatch: Ya no perdemos clientes desde que lo usamos.
@esperder = perdemos | perderemos | perderíamos | "vamos a perder" | "podemos perder" | pierden | pierde
@esapuesta = contrato | contratos | temporada | licitación | obra | proyecto | cliente | clientes | cuenta | cuentas | "otro año"
@esperder ~>3 @esapuesta {negation: off}
unless: ya no "perdemos"
unless: no "perdemos"

[desire_for_gain] Deseo de ganancia
description: Querer más: ingresos, más ventas, crecimiento, ROI, ahorro, tiempo ganado, productividad.
match: Hemos recuperado tres oportunidades en dos semanas.
match: Ahorramos cuatro horas por semana.
nomatch: Hablamos del precio.
match: Antes tardábamos tres días en el informe, ahora lo tenemos en una hora.
nomatch: Antes de la reunión, mándame el informe.

roi
retorno
rentab*
ahorr*
recuperado
recuperar ~3 oportunidades
más ventas
más oportunidades
ingresos
crecimiento
productividad
eficiencia
ganar tiempo
ahorrar tiempo
más ingresos
aumentar ~4 ventas
aumentar ~4 ingresos
tasa de conversión
vale la pena
merece la pena
productiv*
unless: próximo paso
# --- generalización, 2ª pasada: tiempo recuperado, costes reducidos
recuperar ~3 tiempo
mis tardes
reducir ~3 costes
menos horas extra
sin contratar
aumentar ~2 ventas
aumentar ~3 ingresos
vender más
# --- 4ª pasada: más citas, duplicar, métricas al alza
match: Queremos duplicar las reuniones agendadas este semestre.
match: Desde que lo usamos cerramos más ventas cada mes.
duplicar ~>3 citas
duplicar ~3 reuniones
duplicar ~3 ventas
duplicar ~3 pipeline
más citas
más reuniones
más cierres
más clientes
ahorr* ~3 horas
horas ~3 ahorr*
# --- pasada X: cerrar más operaciones, tasas que suben
cierre más
más operaciones
tasa ~4 subió
tasa ~4 aumentó
tasa ~4 dobl*
tasa ~4 mejor*
el doble de
aumentar ~4 oportunidades
aumentar ~4 reuniones
# --- pasada BB: más tiempo para vender, métricas que subieron
tiempo a vender
tiempo para vender
reuniones ~>3 subieron
citas ~>3 subieron
ventas ~>3 subieron
oportunidades ~>3 subieron
# --- round 5 (lexgen): before/after time, hours saved
match: Ahora un presupuesto sale en una hora en lugar de tres días.
en lugar de ~3 días
en vez de ~3 días
se ahorran ~3 horas
# --- round 5 (lexgen, probe round 9): cut consumption or costs
match: Queremos reducir el consumo de combustible un 10%.
reducir ~3 consumo
reducir ~3 gastos

# --- ronda 7: hemos ganado (puntos, clientes, margen)
match: Hemos ganado dos puntos de margen.
hemos ganado ~3 puntos
hemos ganado ~3 margen

# --- ronda 7: cerramos un 20 % más
match: Este año cerramos un 15 % más que el anterior.
cerramos ~3 más
# --- round 8 (lexgen4): antes tardábamos ... ahora ..., horas ganadas
antes tardábamos
ahora lo tenemos en

[social_status] Imagen y estatus
description: Cómo les hace quedar: impresionar al jefe o al consejo, parecer modernos o pioneros, ejemplo de innovación, los pares lo adoptan.
match: Mi jefe quiere presentarlo como ejemplo de innovación.
match: Queremos ser los primeros del sector.
nomatch: Al equipo le sorprendió lo rápido de la instalación.

innovación
innovador*
moderno*
los primeros en
pioner*
ejemplo de
quedar bien
@direccion = dirección | consejo | jefe | junta | inversores | gerencia
@felicitar = felicitado | felicitó | felicita | felicitaron
@direccion ~>4 @felicitar
@verse = "se vea" | "vernos" | quedar | "quede"
@verse ~>1 bien ~>1 ante
impresionar
presentarlo en
imagen
dar buena imagen
buena imagen
a la vanguardia
vanguardia
"referentes"
otras empresas ~4 usan
el consejo ~4 impresion*
unless: próximo paso
nos vean como
marca moderna
imagen moderna
# --- 4ª pasada: ser los primeros de la región, que el consejo vea
ser los primeros
ser la primera
ser el primero
primera ~4 de la región
más profesionales
parecer ~3 profesionales
a la altura de los grandes
consejo vea
# --- ronda 12 (lexgen8t): la dirección (por fin) confía en nuestras cifras (q; fr ai, aj)
match: Ahora la dirección por fin confía en nuestras previsiones.
nomatch: Confío en que la dirección lo apruebe pronto.
dirección ~>4 confía

[convenience] Comodidad
description: Facilidad y rapidez: fácil de usar, configuración rápida, todo en un sitio, sin formación, funciona desde el primer día.
match: Fácil de usar, lo configuramos en una tarde.
match: Nadie ha necesitado formación.
nomatch: La configuración fue complicada.

fácil
unless(term): saber si ~>6 fácil
unless(term): pregunt* si ~>6 fácil
nomatch: Pregunta si importar los contactos es fácil.
nomatch: Quiere saber si cambiar de plan es fácil.
sencill*
intuitiv*
rápido de configurar
lo configuramos en
configura* ~3 en una tarde
# --- round 10 (lexgen6t): setup said as quick (a setup word x fast, in days, in an afternoon; f, v, x)
match: La puesta en marcha fue rapidísima.
match: Se configura en días, no en meses.
nomatch: La configuración tardó tres meses.
@configuracion = configuración | configura | configure | "puesta en marcha" | instalación | implantación
@rapida = rápida | rapidísima | "tan rápida" | "en días" | "en una tarde" | "en un día" | "en minutos" | "en una hora"
@configuracion ~4 @rapida
en una tarde
todo en un
sin formación
@practica = práctica | práctico | cómoda | cómodo
muy ~>0 @practica
sin que nadie ~>5 formar
sin ayuda
cómodo
unless: no es fácil
unless: nada fácil
nadie ~4 formación
fácil de usar
muy fácil
sencillo de usar
en pocos clics
en un clic
sin esfuerzo
todo en un mismo sitio
todo en un sitio
listo para usar
funciona sin más
sin complicaciones
un solo sitio
unless: próximo paso
# --- generalización, 2ª pasada: aprendido en minutos, sin explicaciones, desde el móvil
en diez minutos
lo aprendieron en
aprendieron ~3 minutos
sin que nadie ~4 explica*
sin explicaciones
comodísimo
un solo sistema
match: Mis encargados lo aprendieron en cinco minutos.
todo conectado
sin exportar
# --- 4ª pasada: el equipo no necesitó formación, un solo lugar, a la primera
match: El equipo no necesitó formación para empezar.
no necesitó formación
a la primera
un solo lugar
# --- round 5 (lexgen): "facilísimo", one shared place, nothing to install
match: Los comerciales dicen que es facilísimo.
match: Por fin trabajamos todos en el mismo sitio.
facilísim*
mismo sitio
nada que instalar
sin instalar
# --- round 5 (lexgen, probe round 13): everything in one place, with a verb between
match: Ahora todo está en un sitio.
está en un sitio
todo ~2 en un sitio

# --- ronda 7: puesta en marcha rapidísima, funcionando en una semana
match: La implantación fue rapidísima.
match: En una semana ya estaba funcionando.
rapidísim*
en una semana ~4 funcionando

# --- ronda 7: se configura en un día
match: Se configura en un día.
en un día

# --- ronda 7, tras holdout-m: sin ninguna formación
match: Lo usan sin ninguna formación.
sin ninguna formación
# --- ronda 11 (lexgen7t): lo adoptó en una semana, los informes salen solos, ahora es automático
match: El equipo lo adoptó en una semana.
match: Los informes salen solos.
adopt* ~3 semana
salen solos
ahora es automático
sin necesidad de formación
match: Mi equipo lo va a usar sin necesidad de formación.

[trust_risk] Confianza y mitigación del riesgo
description: Buscar o valorar pruebas y seguridad: referencias, casos de éxito publicados, certificaciones (ISO 27001, SOC 2), auditorías, SLA, garantías, fiabilidad.
match: ¿Nos podéis pasar casos de éxito del sector?
match: Nunca se ha caído en seis meses.
nomatch: Nos preocupa la seguridad.

referencias
casos de éxito ~4 sector
casos de éxito ~4 pasar
casos de éxito ~4 enviar
certifica*
iso 27001
soc 2
sla
garantía*
fiabilidad
nunca se ha caído
sin caídas
confianza
probad*
casos de éxito ~4 similares
clientes de referencia
testimonio*
estable
sin interrupciones
ninguna caída
ni una caída
unless: próximo paso
# --- generalización, 2ª pasada: penalizaciones por SLA, sin errores, clientes como nosotros
penalizaciones ~5 sla {negation: off}
sin un solo error
ni un error
clientes como nosotros
empresas como la nuestra
reversibilidad
# --- ronda 3: hablar con clientes que ya lo usan
hablar con ~3 cliente*
cliente* que ya lo ~2 us*
nunca nos ha fallado
nunca ha fallado
nunca falla
# --- 4ª pasada: otros como nosotros ya lo usan sin problemas
match: Nos tranquiliza que otras cooperativas ya lo usan sin problemas.
ya lo usan sin problemas
lo usan sin problemas
otros ~4 ya lo usan
# --- round 5 (lexgen): a peer's recommendation
match: Un cliente suyo nos lo recomendó.
nos lo recomendó
recomendad*
casos de clientes
match: Pide casos de clientes del sector.

# --- ronda 7: casos de éxito (valorados como prueba)
match: Los casos de éxito del sector nos convencieron.
casos de éxito

nomatch: ¿Podemos grabar un caso de éxito con vosotros?
unless: grabar un caso

# --- ronda 9: fiabilidad: nunca se ha caído, ni una sola caída
match: En seis meses nunca se ha caído.
match: Ni una sola caída desde el arranque.
nomatch: Ayer hubo una caída de una hora.
ni una sola caída
# --- ronda 11 (lexgen7t): un cliente al que pueda llamar
match: Pregunta si tenemos clientes en su sector a los que pueda llamar.
@esllamar = "pueda llamar" | "podamos llamar" | "pueda hablar" | "podamos hablar"
clientes ~>8 @esllamar

[emotional_resonance] Resonancia emocional
description: Emociones y valores: entusiasmo, alegría, orgullo, tranquilidad, valores compartidos ("nos entienden").
match: El equipo está encantado.
match: Nos encanta trabajar con vosotros.
nomatch: Está bien, sin más.
match: Sentí que entienden cómo trabajamos de verdad.
nomatch: Entiendo cómo funciona el informe.

encantad*
encanta
entusiasm*
ilusión
ilusionad*
orgullo*
tranquilidad
nos entienden
nuestros valores
me gusta mucho
nos encanta
me encanta
le encanta
les encanta
genial
fantástico
felices
contentísimo*
emocionad*
compartimos ~3 valores
unless: próximo paso
# --- generalización, 2ª pasada: alivio, gratitud, cultura compartida
alivio
aliviad*
agradecid*
menos estrés
sin estrés
nuestra cultura
cultura de empresa
se preocupan por
sentir importantes
nos hicisteis sentir
nos hacen sentir
# --- round 8 (lexgen4): entienden cómo trabajamos
entienden ~2 cómo trabajamos
# --- ronda 12 (lexgen8t): el equipo está deseando empezar (ai; en 'can't wait')
match: Mis comerciales están deseando probarlo.
nomatch: Le deseamos un buen fin de semana.
"deseando"
