# objection.lex (español): lo que frena la compra.
# Same ten categories and boundaries as en/objection.lex (see labeling.md).
# Cada categoría termina con `unless: próximo paso`: en las notas del CRM esas frases son
# el plan del comercial, no las palabras del cliente (labeling.md, regla 1).

# --- ronda 10 (lexgen6o): listas de palabras. Una lista nombra una vez las formas de un mismo sentido;
# un término con @nombre vale por cada combinación (lexicons/README.md, "Word lists").
@jefe = director financiero | directora financiera | director general | directora general | socio | socios | comité | dueño | dueña | gerente | junta | consejo | jefe | jefa
@decide = decide | decisión | aprobar | aprobación | firma | firmar
@mes = enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre | noviembre | diciembre | otoño | verano | primavera | invierno
# --- round 11 (lexgen7o): thanks for a document received, an approval already given, terms accepted (written in forms
# that a negation breaks up: "ne nous convient pas", "no nos encaja", "hat nicht zugestimmt" do not match), and a
# deferral that waits on the product
@gracias = gracias por | muchas gracias por | gracias de nuevo por
@doces = documento | documentos | cláusula | respuestas | contrato | informe | propuesta | versión | lista | comparativa | cuestionario | condiciones | referencias
@hecho = ya dio | ya dieron | ya aprobó | ya aprobaron | ya firmó | ya firmaron | ya validó | ya tenemos la aprobación | ya está aprobado | ya está aprobada | ya está firmado | ya está firmada | ya no es problema | ya no es un problema | ha dado el visto bueno | han dado el visto bueno | está aceptada | está aceptado | queda aceptada | quedan aceptadas
@cuando = cuando | en cuanto | una vez que
@listo = disponible | "disponibles" | "tengáis" | "tengan" | "saquéis" | "saquen" | "lancéis"

[budget] Presupuesto / precio
description: El precio es el problema: demasiado caro, no hay presupuesto o ya está comprometido, piden descuento, más barato en otro sitio. No cuando el precio se declara bien o compensado ("no es barato, pero vale cada euro").
match: Es demasiado caro para un equipo de cinco personas.
match: No hay presupuesto hasta el año que viene.
match: Si podéis llegar a un 25 % de descuento, lo presentamos de nuevo.
match: El comité de compras la considera cara.
nomatch: El precio no es problema.
match: La competencia nos ofrece lo mismo un 20% más barato.
match: Pide descuento para igualar la otra oferta.
nomatch: El informe es más claro que antes.
match: La otra oferta está un 10 % por debajo de vuestro precio.
nomatch: El coste está por debajo de lo previsto.

demasiado caro
caro
costoso
precio ~3 alto
precios ~3 altos
precio ~3 elevado
no hay presupuesto
sin presupuesto
no tenemos presupuesto
presupuesto ~4 agotado
presupuesto ~4 comprometido
presupuesto ~4 congelado
presupuesto ~4 ajustado
no podemos permitir*
descuento
"rebaja"
más barato
mitad de precio
cobra* la mitad
cuesta* la mitad
por la mitad
la mitad que
la mitad de lo que
pagar dos veces
subida de precio
unless: no es problema
unless: no es un problema
unless: precio está bien
unless: vale la pena
unless: merece la pena
unless: no nos preocupa
muy caro
sale caro
precio ~3 excesivo
cuesta demasiado
demasiado dinero
fuera de presupuesto
fuera de nuestro presupuesto
supera ~3 presupuesto
no nos llega
no podemos pagar
no nos lo podemos permitir
bajar el precio
mejor precio
rebajar ~3 precio
gratis
gratuito
no compensa
unless: próximo paso
# --- generalización, 2ª pasada: el precio no convence, diferencia con otra oferta, presupuesto pequeño
no me convence ~4 precio
precio ~4 no me convence
no nos convence ~4 precio
cuesta* el doble
cobra* el doble
pagar el doble
el doble de lo que
el doble que
más caro que
bastante más caro
presupuesto ~3 pequeño
presupuesto ~3 limitado
poco presupuesto
no sale ~3 cuentas
no nos salen las cuentas
difícil de justificar
no podemos justificar
descuento ~3 startup
para solo ~3 personas
match: Lo que no me convence es el precio para un equipo tan pequeño.
va de las manos
fuera de nuestro alcance
es demasiado para
demasiado para lo que
escapa del presupuesto
# --- ronda 3: tarifas especiales
tarifa especial
precio especial
tarifa para startups
más de lo que ganamos
subido la cuota
subido ~3 precio
ya no compensa
unless: no me preocupa
herramienta gratuita
preferimos ~4 gratuit*
se sale de ~4 presupuest*
se sale del presupuesto
supera ~4 asignado
# --- 4ª pasada: sin partida, gasto congelado, plan más barato
match: Este ejercicio no tenemos partida para herramientas nuevas.
no tenemos partida
no hay partida
sin partida
gasto ~3 congelado
congela* ~3 gasto*
plan más barato
# --- round 5 (lexgen): over the budget
match: Se nos va de presupuesto.
match: Queda fuera de presupuesto.
se nos va de presupuesto
excede ~3 presupuesto
# --- round 5 (lexgen, probe round 12): the price doesn't add up
match: El precio por usuario no nos cuadra.
no nos cuadra
no me cuadra
no cuadran

# --- ronda 7: otro proveedor nos ofrece un tanto por ciento menos
match: El otro proveedor nos ofrece un 20 % menos.
ofrece ~4 menos

# --- ronda 7: el presupuesto de este año ya está cerrado
match: El presupuesto de este año ya está cerrado.
presupuesto ~5 cerrado
# --- ronda 8 (lexgen4): otra oferta más barata como palanca
nos ofrece ~5 más barato
lo mismo ~4 más barato
descuento para igualar
# --- ronda 8 (lexgen4): otro proveedor por debajo de vuestro precio (en "quoted under you")
por debajo de vuestro precio
por debajo de su precio

# --- ronda 10 (lexgen6o): por encima de lo previsto
match: Está muy por encima de lo que teníamos previsto.
por encima de ~4 previsto
por encima de ~4 presupuestado
unless: @gracias ~>4 @doces
unless: @hecho

[authority] Autoridad
description: Otra persona debe aprobar o firmar: el jefe, la dirección, el consejo, el comité de compras, una licitación obligatoria. No cuando la aprobación ya se dio.
match: Necesita la aprobación del consejo.
match: No soy quien decide, lo decide mi jefe.
match: Lo volvemos a presentar al comité.
nomatch: El consejo ya lo aprobó.
nomatch: La junta aprobó el gasto el martes.
match: Por política interna necesitamos tres presupuestos.
nomatch: Tenemos tres oficinas en Madrid.

aprobar ~3 tiene
tiene que aprobar
debe aprobar
firma ~4 director
comité
unless: "aprobó"
unless: ya está aprobad*
junta directiva
dirección ~4 decid*
no soy quien decide
quien decide
lo decide
decide mi jefe
mi jefe ~4 decid*
licitación
concurso
compras ~4 aprob*
unless: ya lo aprobó
tiene que firmar
tiene que dar ~3 visto bueno
dar el visto bueno
la dirección ~4 decid*
decisión ~4 dirección
no depende de mí
depende de ~3 dirección
depende de ~3 jefe
pasar por ~3 comité
consejo de administración
mi jefe ~4 aprob*
mi jefe ~4 firm*
unless: próximo paso
# --- generalización, 2ª pasada: quien tiene la última palabra, no soy la persona
última palabra
no soy la persona
la persona adecuada
tiene que pasar por
lo tiene que ver
consultarlo con
lo consulto con
gerente ~4 decid*
dueño ~4 decid*
no soy yo quien
quien toma la decisión
toma la decisión
unless: consejo vea
# ya no: lo que pasaba antes
unless: ya no
nomatch: Las aprobaciones ya no se pierden entre correos.

# --- Ronda 6: el director financiero no aprueba gasto nuevo
match: Nuestro director financiero no aprueba ningún gasto nuevo.
nomatch: El equipo aprueba la propuesta.
no aprueba ~3 gasto
unless: lo aprobaron
nomatch: Costó convencer a dirección, pero al final lo aprobaron.

# --- ronda 7 (lexgen3): él es quien firma / quien decide
match: Mi socia es quien firma los contratos.
quien firma
es quien decide

# --- ronda 7: no pasa el comité (el negador es parte del término)
match: Sin descuento no pasa el comité de compras.
no pasa el comité
# --- ronda 8 (lexgen4): tres ofertas por política interna (en "three bids required")
tres ofertas
tres presupuestos
tres cotizaciones

# --- ronda 10 (lexgen6o): quién decide o aprueba (la decisión la toma X, decide con X, hablarlo con su socio)
match: La decisión la toma nuestra directora general.
match: Tiene que hablarlo con su socio antes de firmar.
nomatch: La directora general ya lo aprobó.
@decide ~4 @jefe
# ronda 13: "lo aprueba el consejo", "si el CEO lo aprueba" (am, an, ao, r)
match: Cualquier gasto de más de 10.000 euros lo aprueba la junta.
match: Lo necesito es que el socio lo apruebe.
nomatch: El director ya lo aprobó la semana pasada.
lo aprueba
la aprueba
tiene que "hablarlo" con ~3 @jefe
tengo que "hablarlo" con ~3 @jefe
nomatch: Lo hablé con mi socio y nos encanta.
unless: @gracias ~>4 @doces
unless: @hecho
# --- round 11 (lexgen7o): no signature without the approver, the approver's OK
match: Sin la aprobación del gerente no puedo firmar.
match: Necesitamos el OK de la dirección general.
nomatch: El gerente ya dio su aprobación.
sin ~>2 aprobación
"ok" ~>1 de la dirección
"ok" del @jefe

[need] Necesidad
description: No hay necesidad clara ni valor percibido: no lo necesitamos, no es prioridad, no vemos el valor, somos demasiado pequeños.
match: La verdad es que no lo necesitamos.
match: No es una prioridad para nosotros.
match: No vemos la necesidad.
nomatch: La necesidad está clarísima.

no lo necesitamos
no necesitamos
no hace falta
no es una prioridad
no es prioritario
no vemos la necesidad
no vemos el valor
no ve la necesidad
no le vemos
no nos interesa
no estamos interesados
demasiado pequeños
no es necesario
innecesario
no aporta
no le vemos ~3 valor
no vemos ~4 utilidad
no nos hace falta
somos pequeños
demasiado grande para nosotros
no tenemos ese problema
unless: próximo paso
no es algo que necesit*
# --- ronda 3
más de lo que necesitamos
no veo ~3 qué ganaríamos
# --- 4ª pasada: no veo qué aporta, para qué lo usaríamos; the team not needing training is not a need objection
match: No veo qué nos aporta una herramienta más.
nomatch: El equipo no necesitó formación.
no veo qué ~3 aporta
para qué lo usaríamos
somos demasiado pequeños
unless: necesitó formación
no creo que ~4 usar
no le veo aplicación
no le veo ~2 utilidad
no ve el valor
match: No ve el valor de pagar por otra herramienta.

[timing] Momento
description: Un aplazamiento explícito: ahora no, este año no, el año que viene, en el T3, después de la reorganización. No aplazamientos condicionales ni reuniones movidas.
match: Este año no, escríbeme en noviembre.
match: No hay presupuesto hasta 2027.
match: Lo retomamos el próximo trimestre.
nomatch: ¿Podemos mover la llamada al jueves?
nomatch: Tenemos el presupuesto de 2027 aprobado, adelante.
match: No hay presupuesto hasta 2027, llámame en enero.

negation: off
este año no
no este año
ahora no
no es el momento
año que viene
próximo año
próximo trimestre
más adelante
hasta 2026
hasta 2027
# a year whose budget is already approved is no deferral ("el presupuesto de 2027 ya aprobado")
@anio = "2026" | "2027"
@aprobado = aprobado | aprobada | "está aprobado" | "está aprobada"
"2026"
unless(term): presupuesto ~>2 @anio ~>1 @aprobado
"2027"
unless(term): presupuesto ~>2 @anio ~>1 @aprobado
hasta que venza
escríbeme en
llámame en
después de la reorganización
reorganización
a partir de
el año que viene
el próximo año
el próximo trimestre
después del verano
después de verano
en septiembre
en enero
a finales de año
final de año
en el t1
en el t2
en el t3
en el t4
aplazar
posponer
pospuesto
en pausa
congelado
de momento no
por ahora no
este año no es posible
unless: próximo paso
# --- generalización, 2ª pasada: lo retomamos en una fecha
retomamos en
lo retomamos
volvemos a hablar en
hablamos el año
hasta ~4 cierre del ejercicio
después del cierre
no antes de
hasta enero
hasta febrero
hasta marzo
hasta abril
hasta mayo
hasta junio
hasta julio
hasta agosto
hasta septiembre
hasta octubre
hasta noviembre
hasta diciembre
hablamos después de
después de las rebajas

# --- ronda 7, tras holdout-m: el contrato (del competidor) vence en una fecha
match: El contrato actual vence en junio.
contrato ~3 vence

# --- ronda 10 (lexgen6o): hablamos en un mes, volver a llamar en un mes, "antes no"
match: Hablamos en octubre, antes no.
match: Me pidió volver a llamar en abril.
hablamos en ~3 @mes
volver a llamar en ~2 @mes
antes no
nomatch: Escríbanos cuando tengáis la integración con Outlook.
nomatch: Si nos ajustáis el precio, firmamos en marzo.
unless: @cuando ~>4 @listo
unless: firmamos en
# --- round 11 (lexgen7o): a rival pilot that runs until a month is no deferral
nomatch: Estamos con el piloto de Corvane hasta marzo y de momento cumple.
unless: piloto ~>4 hasta

[competitor] Competidor (proveedor)
description: Otro proveedor concreto está en juego: ya lo usan, lo evalúan, lo comparan o lo usan como palanca de precio. No una herramienta abandonada ni los competidores de mercado del cliente (fear_of_loss).
match: Ya usan otra plataforma en su contact center.
match: Otro proveedor nos ofrece prácticamente lo mismo por menos.
nomatch: Nuestros competidores ya lo usan.

ya usan
ya usamos
ya utilizamos
otro proveedor
otros proveedores
otra plataforma
otra solución
proveedor actual
solución actual
seguimos con
comparar con
nos ofrece
les ofrece
unless(clause): dejamos
match: Dejamos de usar Excel hace tiempo, pero Corvane nos ofrece un descuento.
ya tenemos
ya trabajamos con otro
otras herramientas
otro software
la competencia ~4 ofrece
proveedor de la competencia
oferta de ~3 competidor
contrato vigente
contrato ~3 vence
unless: próximo paso
# --- list your competitors here (user-editable) ---
# --- generalización, 2ª pasada: ofertas de otros recibidas, se deciden por otro, piloto en curso
nos han ofrecido
oferta de otro
decidido por otro
optado por otro
nos quedamos con ~3 actual
piloto con
probando en paralelo
unless: decidido por vosotros
unless: decidido por ustedes
otra opción
otras opciones
valorando ~3 otr*
quotaview
dealcraft
pipeharbor
corvane
nimbrella
# --- end of the competitor list ---
# --- ronda 3: contrato vigente con otro proveedor
tenemos contrato con
comprometidos con ~3 hasta
para quedarnos
unless: clientes que ya tenemos
unless: seguir con lo que
unless: descartad*
nomatch: Dealcraft ya está descartado.
nos ha ofrecido
match: El otro proveedor nos ha ofrecido un precio más bajo.
# --- round 11 (lexgen7o): a past migration away from a rival
nomatch: Migrar desde Dealcraft nos llevó tres meses.
unless: migrar desde ~>4 "llevó"
unless: pagamos menos que con

[status_quo] Statu quo
description: Lo actual funciona o el cambio cuesta: Excel basta, nadie se queja, lo hacemos así desde hace años, lo desarrollamos internamente.
match: Nuestro CRM ya hace previsiones y nadie se queja.
match: Con Excel nos basta.
match: No quieren cambiar de herramienta.
nomatch: Por fin dejamos Excel.

nadie se queja
nos basta
es suficiente
funciona bien
ya hace
desde hace años
no quieren cambiar
no queremos cambiar
lo hacemos internamente
lo gestionamos internamente
lo resolvemos internamente
lo llevamos internamente
desarroll* internamente
hecho internamente
desarrollarlo nosotros
a medida
nos funciona
nos va bien
estamos contentos con
estamos satisfechos con
siempre lo hemos hecho
costumbre
difícil cambiar
cambiar ~3 difícil
resistencia al cambio
desarrollo propio
lo haremos nosotros
unless: próximo paso
# --- generalización, 2ª pasada: la gestoría lo lleva y funciona
la gestoría ~4 funciona
asesoría ~4 lleva
nos lo lleva
lo lleva ~3 gestor*
todo funciona
no estamos listos para cambiar
nos quedamos con lo que
match: La gestoría nos lo lleva desde hace años y todo funciona.
# --- ronda 3
no pensamos cambiar
contentos con lo que
nos apañamos
nos arreglamos
nos vale
lo hacemos así
desde hace ~3 años ~3 funciona
unless: lo revisamos
# --- 4ª pasada: hábitos, nos funciona, así estamos bien
match: Mis comerciales no van a cambiar sus hábitos por otra herramienta.
cambiar ~3 hábitos {negation: off}
sus hábitos
nos funciona bien
así estamos bien
un sistema que funciona
lo que tenemos ~3 funciona
motivo para cambiar
por qué cambiar
lo que ya conocemos
seguir con lo que
se apañan
match: Con la hoja de cálculo se apañan bien.

# --- ronda 10 (lexgen6o): el equipo no quiere aprender otra herramienta, está acostumbrado, no tiene sentido cambiar
match: El equipo no quiere aprender otra herramienta.
match: La gente ya está acostumbrada a su sistema.
aprender otra herramienta {negation: off}
está acostumbrad*
sentido cambiar
seguimos contentos

[risk] Riesgo / seguridad
description: Duda o bloqueo por seguridad, cumplimiento, privacidad, ubicación de los datos o solidez del proveedor. La seguridad elogiada es trust_risk.
match: Los datos tienen que quedarse en la UE por el RGPD.
match: Nos preocupa la seguridad de los datos.
nomatch: La seguridad nos dio mucha confianza.

rgpd
protección de datos
privacidad
datos ~4 ue
datos ~4 europa
fuera de la ue
preocupa* ~3 seguridad
seguridad ~3 preocupa*
cumplimiento
unless: confianza
datos ~4 sensibles
datos ~4 fuera
datos ~4 estados unidos
estados unidos
servidores ~4 ue
servidores ~4 europa
no cumple
incumpl*
brecha*
fuga de datos
vulnerabilidad*
sois ~3 pequeños
son ~3 pequeños
proveedor ~3 pequeño
demasiado nueva
nos preocupa ~4 datos
preocupa ~4 privacidad
unless: próximo paso
# --- generalización, 2ª pasada: tamaño y continuidad del proveedor, ubicación
desaparecer
de la noche a la mañana
cuántos sois
cuántos son ustedes
solidez financiera
datos ~4 españa
alojad* ~4 españa
geolocaliza*
no me siento cómodo
incómodo
dónde ~3 alojad*
dónde ~3 datos
dónde ~4 servidores
solvencia
viabilidad
unless: no nos preocupa
unless: no me preocupa
unless: @gracias ~>4 @doces
unless: @hecho

[implementation] Esfuerzo de implantación
description: El esfuerzo es el obstáculo: integración, migración, configuración, sin recursos ni capacidad de IT, formación.
match: Nuestro equipo de IT no tiene capacidad para otra integración.
match: La migración de los datos nos preocupa.
nomatch: La puesta en marcha fue rapidísima.

migración
no tiene capacidad
sin capacidad
no tenemos capacidad
sin recursos
no tenemos recursos
falta de recursos
desbordados
saturados
integración ~4 esfuerzo
integración ~4 complej*
formación ~3 esfuerzo
mucho trabajo
implantación ~4 compleja
implementación ~4 compleja
implantación ~4 esfuerzo
implementación ~4 esfuerzo
no tenemos tiempo
falta de tiempo
sin tiempo
equipo ~4 saturado
equipo ~4 desbordado
no hay recursos
no tenemos desarrolladores
desarrollo a medida
formar ~3 equipo
formación ~3 equipo
demasiado trabajo
unless: sin formación
unless: nadie ha necesitado
unless: próximo paso
# --- generalización, 2ª pasada: históricos, formar a muchos, nadie interno
migración de históricos
formar a ~3 encargados
formar a ~3 empleados
formar a ~3 personas
nadie internamente
no tenemos a nadie
configurar ~3 convenio*
carga de datos
unless: incluya formación
llevaría meses
llevaría semanas
migrar ~5 meses
unless: no nos preocupa
unless: no me preocupa
nadie en el equipo
proyecto enorme
proyecto muy grande
# --- 4ª pasada: equipo desbordado, integrar con el CRM propio, migrar datos, formar a todos
match: Integrarlo con nuestro CRM propio le llevaría semanas a un equipo ya desbordado.
nomatch: El equipo no necesitó formación y empezó el mismo día.
desbordado*
integrar* ~4 propio
integración ~4 propio
migrar ~3 datos
unless: no necesitó formación
# --- pasada Z: un consultor externo para conectarlo
consultor externo
requeriría un consultor
nos comería
medio año de
# --- round 5 (lexgen): nobody or no time to do it
match: No tenemos gente para la integración.
match: Nuestro equipo de IT no tiene tiempo hasta septiembre.
no tenemos gente
no tiene tiempo
sin gente para

# --- ronda 9: volver a formar a todo el equipo comercial
match: Cambiar supondría volver a formar a todo el equipo.
match: Habría que formar a treinta comerciales otra vez.
nomatch: Nos gusta formar parte del piloto.
volver a formar
formar a ~3 comerciales

# --- ronda 10 (lexgen6o): nadie tiene tiempo
match: Aquí nadie tiene tiempo para la carga inicial.
nadie tiene tiempo
unless: @gracias ~>4 @doces
unless: @hecho

[product_fit] Encaje del producto
description: El producto no encaja: falta una función o integración, no sirve para su caso, limitaciones, errores, cierres inesperados.
match: Echo de menos la integración con WhatsApp Business.
match: La app se cierra sola cada dos por tres.
match: No encaja con nuestra forma de vender.
nomatch: Ningún error desde que lo usamos.

echo de menos
echamos de menos
"falta"
unless: falta firmar
"faltan"
le falta
no encaja
no sirve
no funciona
no permite
no soporta
se cierra
da error*
error* ~3 app
error* ~3 aplicación
error* ~3 sistema
error* ~3 plataforma
mensaje de error
fallo*
lento
limitad*
unless: ningún error
unless: sin errores
no tiene ~3 integración
le falta ~3 integración
falta ~3 función
falta ~3 funcionalidad
no es compatible
incompatible
no se puede
imposible
va lento
muy lento
se cuelga
se bloquea
no está en español
solo en inglés
solo inglés
unless: próximo paso
nomatch: Cada mes hay errores en las horas extra de la plantilla.
no calcula bien
calcula mal
no calcula
no cuadra*
# --- ronda 3: peticiones de arreglo, idioma equivocado, no puedo entrar
por favor ~2 arregl*
"arreglad"
"arreglen"
en inglés aunque
no puedo entrar
no me deja entrar
desde la ~2 actualización
después de la ~2 actualización
no sincroniza
no se sincroniza
sincroniza mal
no carga
pésima
nadie contesta
nadie responde
no contestan
match: Por favor, arreglad las notificaciones, llegan en inglés aunque tengo el móvil en español.
rompe ~3 plantillas
rompe nuestr*
cada dos por tres
# --- round 5 (lexgen): useless without a connector, crashes
match: Sin integración con nuestro ERP no nos sirve.
match: La aplicación se cuelga cada mañana.
no nos sirve
sin integración con

# --- Ronda 6 (varios sets): sin la función que falta no sirve / no podemos avanzar
match: Sin integración con Holded no nos sirve.
match: Sin ese conector no podemos avanzar.
nomatch: Sin problemas desde el primer día.
sin ~4 no le sirve
sin ~4 no nos sirve
sin ~4 no podemos avanzar
sin él no podemos

# --- ronda 7, tras holdout-m: el soporte solo en inglés
match: El soporte solo atiende en inglés.
solo ~3 en inglés

[contract] Contrato / condiciones
description: Las condiciones son el tema: duración, renovación automática, cancelación, preaviso, responsabilidad, DPA, revisión legal, precio fijo, condiciones de pago. No el contrato de un competidor ni condiciones ya acordadas.
match: Queremos un contrato de 12 meses sin renovación automática.
match: Nuestro departamento legal tiene que revisar las cláusulas.
nomatch: Las condiciones ya están acordadas.
match: Pide pago a 60 días.
nomatch: El pago de la nómina se hace cada mes.

contrato de ~3 meses
contrato ~3 meses
duración del contrato
renovación automática
sin renovación automática
preaviso
cláusula*
jurídico
dpa
condiciones de pago
precio fijo
permanencia
unless: acordadas
unless: hasta que venza
duración ~3 contrato
contrato de un año
contrato anual
plurianual
renovación tácita
cláusula de salida
cláusula de rescisión
rescisión
penalización ~3 cancelación
asesoría jurídica
departamento legal
abogados
condiciones generales
facturación ~3 mensual
facturación ~3 trimestral
pago ~3 días
precio cerrado
unless: próximo paso
# --- generalización, 2ª pasada: mes a mes, sin permanencia, renovación expresa
sin permanencia
contrato mensual
mes a mes
renovación expresa
no automática
penalizaciones ~5 sla
match: Queremos un contrato mensual, sin permanencia.
darnos de baja
dar de baja
cuando queramos
contratos de más de
contrato* ~3 más de un año
no firmamos ~4 contratos

# --- ronda 7: nada anual, no firmar un contrato anual (el negador es parte del término)
match: No puedo firmar un contrato anual todavía.
match: Pide contrato mensual, nada anual por ahora.
nada anual
no puedo firmar ~3 anual
# --- ronda 8 (lexgen4): condiciones de pago (a 90 días, trimestral)
pago a ~2 días
pago trimestral
nomatch: Gracias por la nueva versión del contrato.
nomatch: El contrato ya está firmado.
nomatch: La penalización por cancelación queda aceptada como la propusisteis.
unless: @gracias ~>4 @doces
unless: @hecho
# --- round 11 (lexgen7o): a yearly exit, a minimum term, a legal review of the contract
match: Queremos una salida anual, tres años no es viable.
match: Necesitamos una revisión legal del contrato antes de firmar.
salida anual
poder salir ~>3 año
no es viable
revisión legal

