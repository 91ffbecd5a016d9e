import type { Week } from '../course-types.ts';

export const week: Week = {
  number: 5,
  title: 'Boundaries with love',
  summary: 'Clear limits that protect you and keep the relationship possible.',
  minutes: 35,
  contentNote:
    'One part of this week is for readers who are afraid of how the person they support might react. It talks about violence at home. Take it at your own pace. If you are in danger now, call your local emergency number, or use the Need help now? button at the top of every screen.',
  welcome: [
    'Saying no to someone you love can feel cruel. You may worry it will push them away, or make things worse. Many people in your place feel torn between helping and being worn out. That pull is normal. It comes from love.',
    'This week is about boundaries. A boundary is not a wall. It is a clear line about what you will and won’t do. Good boundaries protect you. They can also make it easier to stay close for the long haul.',
  ],
  sections: [
    {
      id: 'what-a-boundary-is',
      title: 'What a boundary is, and what it is not',
      blocks: [
        'A boundary is about what you will do. It is not a rule for someone else. You can’t control what {person} does. You can choose how you respond.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Here is the difference. “You have to stop shouting at me” is a demand. It asks them to change, and you can’t make that happen. “When you shout, I will leave the room for a while” is a boundary. It says what you will do. It is in your hands.',
            ],
            'substance-use': [
              'Here is the difference. “You have to stop drinking” is a demand. It asks them to change, and you can’t make that happen. “I won’t lend money while you’re drinking” is a boundary. It says what you will do. It is in your hands.',
            ],
            both: [
              'Here is the difference. “You have to stop drinking” is a demand. It asks them to change, and you can’t make that happen. “I won’t lend money while you’re drinking” is a boundary. It says what you will do. It is in your hands.',
            ],
          },
        },
        'A boundary is:',
        {
          list: [
            'a clear line about your own actions',
            'said calmly, at a calm time',
            'kept the same way each time',
            'a way to look after your health, your home and your money',
          ],
        },
        'A boundary is not:',
        {
          list: [
            'a punishment, or a threat made in anger',
            'a way to force a change',
            'a sign that you have stopped caring',
            'set in stone for all time',
          ],
        },
        'Boundaries often help the person too. When limits are clear, there is less to fight about. Each of you knows where you stand. And you are less likely to burn out and pull away. A limit you can keep is kinder than a promise you can’t.',
      ],
    },
    {
      id: 'writing-a-boundary',
      title: 'Writing a boundary',
      blocks: [
        'Start small. Pick one thing that keeps happening and leaves you hurt, scared or drained. It might be late calls, missing money, or shouting in the house. One clear boundary is better than ten vague ones.',
        'Then ask what matters to you here. Is it your sleep? Your savings? Feeling safe at home? That is the root. The boundary grows from it.',
        'Now write it in one or two short sentences. A simple shape is “When [this happens], I will [what I will do].” Here are a few examples.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  '“When you call after eleven at night, I will let it ring. I will call you back at breakfast.”',
                  '“When you shout at me, I will go for a walk. I will come back in an hour.”',
                  '“When you ask me to phone in sick for you, I will say no. I will sit with you while you make the call.”',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  '“When you call after eleven at night, I will let it ring. I will call you back at breakfast.”',
                  '“When you have been drinking, I will not get in the car with you.”',
                  '“When you ask me for cash, I will say no. I’m glad to buy food with you on Saturday.”',
                ],
              },
            ],
            both: [
              {
                list: [
                  '“When you call after eleven at night, I will let it ring. I will call you back at breakfast.”',
                  '“When you have been drinking, I will not get in the car with you.”',
                  '“When you ask me for cash, I will say no. I’m glad to buy food with you on Saturday.”',
                ],
              },
            ],
          },
        },
        'Check it before you share it. Is it about your own actions? Can you keep it on a bad day, when you are tired? If not, make it smaller. It is fine to start with something easy and build from there.',
        'Pick a calm time to talk, not the middle of a fight. Say it kindly and keep it brief. You don’t need to defend it for an hour. “This is what I can do” is enough.',
        'If you are afraid of how {person} might react, read the next part first.',
      ],
    },
    // Safety planning when the reader fears violence, checked 2026-12-05 against the National
    // Domestic Violence Hotline: https://www.thehotline.org/help/path-to-safety/ (a personal
    // safety plan: a safe place to go, trusted people, a code word, important documents and an
    // emergency bag kept ready or with someone you trust; advocates help plan, free and private).
    // "Not alone, not face to face, not yet" is the issue's own safety rule for boundaries.
    {
      id: 'if-you-are-afraid',
      title: 'If you are afraid of how they might react',
      blocks: [
        'A note before you read: this part talks about violence at home. Take it slowly. If you are in danger right now, call your local emergency number.',
        'Some people are afraid of how {person} might react to a boundary. Maybe they have hurt you, threatened you or broken things before. Maybe you just have a bad feeling. Trust that feeling. It is there to protect you.',
        'If you are afraid, your safety comes first. So does the safety of any children at home. That matters more than any boundary, and more than any talk.',
        'Here is what changes when you are afraid.',
        {
          list: [
            'Don’t share a boundary that could lead to violence when you are alone with them. Don’t say it face to face. A letter, a phone call, or a trusted person by your side can be safer.',
            'It is okay not to say it yet. A boundary can wait until you have support and a plan.',
            'Talk to a domestic violence line. It is free and private, and they help people in your place every day. You can call just to talk it through.',
            'Make a private safety plan. It lists safe places to go, people to call, a code word, where your important papers are, and a bag packed in case you need to leave fast.',
          ],
        },
        'The Need help now? page lists the domestic violence line for your country. Your safety plan stays on this device. If someone else might look at it, you can turn on the lock, which asks for a passcode.',
        { kind: 'link', href: '/safety-plan', label: 'Make a private safety plan' },
        { kind: 'link', href: '/help', label: 'Find a domestic violence line' },
        'None of this is your fault. A boundary never makes violence okay. If you are in danger now, call your local emergency number.',
      ],
    },
    {
      id: 'holding-it-calmly',
      title: 'Holding it calmly',
      blocks: [
        'Expect a new boundary to be tested. That doesn’t mean it failed. People often push on a new limit to see if it is real. {Person} may get angry, plead, or go quiet. Change is hard for everyone.',
        'When it is tested, keep it short and calm.',
        {
          list: [
            'Say it again in the same words.',
            'Name their feeling: “I can see you’re upset. That makes sense.”',
            'Skip the long debate. You don’t need them to agree.',
            'Do what you said you would do, kindly.',
            'Step away for a while if things get heated.',
          ],
        },
        'Following through is what makes a boundary real. If you give in now and then, it can teach that pushing harder works. Holding it the same way each time makes life clearer for both of you.',
        'You will not do this perfectly. Nobody does. If you give in, or snap, that is a setback, not a failure. You can go back to the boundary the next day. You might say, “I slipped yesterday. I still mean what I said.” Repair counts as much as the first try.',
        'It is also fine to change a boundary that isn’t working. Maybe it was too big to keep, or your life has changed. Change it on purpose, at a calm time, not in the heat of a fight.',
      ],
    },
    {
      id: 'before-and-after',
      title: 'What comes before and after a hard moment',
      blocks: [
        'Hard moments rarely come out of nowhere. There is often a pattern. Something happens before, and something happens after. Seeing that pattern can help you plan, not just react.',
        'Think about the last few hard moments. What came before? Look at these.',
        {
          list: [
            'times of day, or days of the week',
            'places, people or events',
            'feelings like stress, boredom, loneliness or shame',
            'things like payday, a bad night’s sleep, or a tough phone call',
          ],
        },
        'Then look at what came after. What did {person} get out of it? Maybe a break from worry, a way to sleep, or time with friends. This is not an excuse. It helps you see what the hard moment does for them.',
        'Also look at what happened around you. Did the hard moment get a lot of your time? Did the calm days go by without a word? It is easy for the bad times to take all our energy. Almost everyone does this.',
        'Try to keep a short note for a week or two. It doesn’t need to be neat. Patterns are easier to see when they are written down. You may spot a time to offer something else, like a walk or a meal, before things go wrong.',
        { kind: 'link', href: '/patterns', label: 'Keep a pattern log' },
        'Then make a short list of things you could do together, with {person} in mind. When you see a hard time coming, you will have something ready to offer.',
        { kind: 'link', href: '/patterns#activities', label: 'List things to do together' },
      ],
    },
    {
      id: 'good-moments-and-consequences',
      title: 'Reward the good moments, let consequences happen',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Once you see the pattern, you can shift where your energy goes. Give your warmth and time to the good moments. When {person} is calm, joins in, or does something that helps them, notice it. Spend time together. Say what you like: “I loved cooking with you tonight.”',
              'When things turn hurtful, like shouting or name-calling, you can step back for a while. This is not a punishment. You are stepping away from the hurtful words, not from {person}. If they are scared or in deep distress, stay kind and close instead. You might say, “I’ll be glad to talk when we both feel calmer.”',
            ],
            'substance-use': [
              'Once you see the pattern, you can shift where your energy goes. Give your warmth and time to the good moments. When {person} is sober, calm, or doing something that helps them, notice it. Spend time together. Say what you like: “I loved cooking with you tonight.”',
              'When they are using, or things turn hard, you can step back. This is not a punishment. You are just not rewarding the hard moment with extra time, money or rescue. You might say, “I’ll be glad to talk when you feel better.”',
              // Overdose can follow opioids or sedatives while the person seems asleep, so stepping back
              // never means leaving them alone. Checked 2026-12-05: CDC fact sheet "Preventing an Opioid
              // Overdose" (read at https://docslib.org/doc/6230693/preventing-an-opioid-overdose): signs are
              // falling asleep or passing out, slow shallow breathing, choking or gurgling sounds; call, stay.
              'Stepping back from the talk never means leaving them alone in danger. After opioids or sedatives, a person can slip into an overdose while they seem to sleep. So keep yourself safe, but check on them often, or ask someone else to. If they can’t be woken, or their breathing is slow or noisy, call your local emergency number right away.',
            ],
            both: [
              'Once you see the pattern, you can shift where your energy goes. Give your warmth and time to the good moments. When {person} is sober, calm, or doing something that helps them, notice it. Spend time together. Say what you like: “I loved cooking with you tonight.”',
              'When they are using, or things turn hard, you can step back. This is not a punishment. You are just not rewarding the hard moment with extra time, money or rescue. You might say, “I’ll be glad to talk when you feel better.”',
              // Overdose can follow opioids or sedatives while the person seems asleep, so stepping back
              // never means leaving them alone. Checked 2026-12-05: CDC fact sheet "Preventing an Opioid
              // Overdose" (read at https://docslib.org/doc/6230693/preventing-an-opioid-overdose): signs are
              // falling asleep or passing out, slow shallow breathing, choking or gurgling sounds; call, stay.
              'Stepping back from the talk never means leaving them alone in danger. After opioids or sedatives, a person can slip into an overdose while they seem to sleep. So keep yourself safe, but check on them often, or ask someone else to. If they can’t be woken, or their breathing is slow or noisy, call your local emergency number right away.',
            ],
          },
        },
        'Natural consequences are what happen on their own, without you adding anything. Missing work after a late night is one. Families often soften these out of love. They pay the fine, call the boss, or clean up the mess. But this can hide the cost of the problem from the person living it.',
        'Letting a consequence happen never means leaving someone in danger. Safety comes first. If {person} is at risk of harm, act to keep them safe. If you are ever afraid for your own safety, that matters most. Call your local emergency number, or use the Need help now? button at the top of every screen.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Some boundaries are there just to keep people safe. “If you shout or break things, I will leave and stay with a friend.” “If I think you might harm yourself, I will call for help, even if you are angry with me.” These are not up for debate.',
            ],
            'substance-use': [
              'Some boundaries are there just to keep people safe. “I won’t get in the car if you’ve been drinking.” “If you shout or break things, I will leave and stay with a friend.” These are not up for debate.',
            ],
            both: [
              'Some boundaries are there just to keep people safe. “I won’t get in the car if you’ve been drinking.” “If you shout or break things, I will leave and stay with a friend.” These are not up for debate.',
            ],
          },
        },
      ],
    },
  ],
  story: {
    title: 'One small line',
    variants: {
      'mental-illness': [
        'Farah’s {relation}, Sami, lives with bipolar disorder. When Sami’s mood runs high, they barely sleep. They call Farah late at night, five or six times. They talk fast about big plans. Farah loves Sami and had always picked up. But she was getting four hours of sleep. She was making mistakes at work and crying in the car.',
        'At a support group, someone asked Farah what she needed. “Sleep,” she said. She was surprised at how fast it came out.',
        'She waited for a calm week. Over tea, she told Sami her plan. “I love our talks. After eleven at night, my phone will be on silent. I will call you back at breakfast. If you are ever in danger, call your care team or the emergency number.”',
        'Sami was hurt at first. “So you don’t want to hear from me.”',
        'Farah kept her voice soft. “I do. I want to hear from you at breakfast, when I can really listen.”',
        'The first week, Sami called at midnight twice. Farah let it ring. At seven, she called back, warm and curious. She noticed Sami’s calls were calmer in the morning. By the third week, the late calls had mostly stopped. Farah was sleeping again. She even looked forward to their breakfast calls.',
      ],
      'substance-use': [
        'Dev’s {relation}, Kai, drinks most nights. Dev had slipped into a routine. When Kai came home drunk, Dev would argue, then clean up. In the morning, he would call Kai’s work to say Kai was sick. Dev felt tired all the time. If he was honest, he also felt bitter.',
        'Dev started to keep notes. A pattern showed up fast. Kai drank most on Fridays, after long weeks, and when money was tight. The calm evenings, when Kai cooked or they watched a game, went by without a word.',
        'So Dev changed two things. First, he said what he liked. “This was a good night. I’m glad you cooked.” He planned more of those nights, on the days Kai was likely to drink.',
        'Second, he stopped the rescue. On a quiet Sunday, he told Kai his plan. “I won’t call your work for you anymore. And when you’ve been drinking, I’ll go to bed. We can talk in the morning.”',
        'The next Friday, Kai came home drunk and wanted to argue. Dev said, “Let’s talk tomorrow.” Then he went to his room. On Monday, Kai had to call work on their own. It was awkward. Kai was quiet for a day.',
        'Nothing changed overnight. But a few weeks later, Kai said, “I hate making that call.” Dev just listened. It was the first honest talk about drinking they had had in a year.',
      ],
      both: [
        'Mei’s {relation}, Ari, lives with anxiety and depression. On bad days, Ari drinks to calm down, and sometimes smokes cannabis too. Ari had started to borrow Mei’s car. More than once, they drove it home after drinking. Mei lay awake until she heard the car in the drive.',
        'Mei didn’t want to nag. She didn’t want Ari stuck at home, either. Ari went to a weekly group that was helping. She thought about what mattered most to her. It was safety, for Ari and for other people on the road. She wrote her boundary down and read it twice.',
        'On a quiet morning, she told Ari. “I won’t lend the car anymore. I’m scared someone will get hurt. I will drive you to your group on Thursdays. I’m happy to do that.”',
        'Ari was angry. “You don’t trust me.”',
        'Mei took a breath. “I trust you. I don’t trust drinking and driving. That’s a line for me.”',
        'Ari asked again the next week, and the week after. Each time, Mei said the same short words and offered the lift. Some weeks Ari took it. The car rides became a time to talk. One day, Ari said the group was helping with the panic. Mei said, “I can tell. You seem lighter.” She didn’t push for more. The line held, and so did the bond between them.',
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (hearing voices; marijuana can play a part; treatment and a care team help people recover);
    // - Vanderbilt Health Library, Know the Symptoms of Depression,
    //   https://healthlibrary.vanderbilthealth.com/Library/DiseasesConditions/Adult/MentalHealth/3,84265
    //   (low mood and energy, withdrawing; never ignore talk of suicide: get help right away).
    // A boundary here never means leaving someone in danger: Rosa's story says so, as the week does.
    // The bipolar reader already meets bipolar disorder in the situation story (Farah and Sami).
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          'Olu’s {relation}, Femi, lives with schizophrenia and lives at home. Femi gets a small income each month. By the second week it is often gone, and Femi asks Olu for more. Olu always said yes. Then she fell behind on her own bills. She started to dread the sound of Femi’s voice.',
          'At her family group, someone asked Olu what she could keep giving without growing bitter. She thought about it all week. Then she wrote her boundary down.',
          'She waited for a calm evening. “I love you, and I want you to have what you need. Every Monday, I’ll give you the same amount. When it’s gone, I won’t give more that week. But there is always dinner here, and you can always eat with me.”',
          'Femi was upset. “The voices are bad this week. Don’t you care?”',
          'Olu kept her voice soft. “I care a lot. That’s why I’m telling you now, while we’re both calm. Dinner is at seven.”',
          'The next Thursday, Femi asked again. Olu said the same short words and set a plate on the table. Femi ate in silence. It was hard for both of them.',
          'A few weeks later, Femi asked their care worker for help with a budget. Olu was sleeping better. She found she could listen to Femi’s worries again, without dreading the next request. The line held, and the warmth came back.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Rosa’s {relation}, Mateo, lives with depression. Since the winter, Rosa had stopped going out in the evenings, so Mateo would not be alone. She dropped her pottery class and stopped seeing friends. Mateo never asked her to. But she felt tired and cross, and then guilty for feeling cross.',
          'At a carers’ group, someone asked, “What do you need, to keep going?” Rosa said, “One evening a week that is mine.”',
          'She thought about safety first. Mateo was seeing their doctor, and they had a crisis number. If she ever feared for Mateo’s safety, she would stay and call for help. But this was not that. This was about her lonely evenings.',
          'On a quiet Sunday, she told Mateo. “I’m going back to my class on Wednesdays. I’ll be home by nine. I’ll leave dinner in the oven, and your brother will call at seven.”',
          'Mateo looked away. “So you’re fed up with me too.”',
          'Rosa kept her voice soft. “I’m not. I want to keep being here for you, for a long time. This helps me do that.”',
          'The first Wednesday, she almost stayed home. She went. When she got back, Mateo had eaten and was watching TV. “How was it?” they asked. It was the first question Mateo had asked her in weeks.',
          'Rosa went every week after that. She came home lighter, with more to give. The line held, and so did the bond between them.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Gabe’s {relation}, Lou, lives with psychosis and smokes cannabis most days. Lou lives at home. Lately, friends had been coming round late to smoke in Lou’s room. The noise went on past midnight, and Gabe had work at six. He lay awake, angry, and snapped at Lou over breakfast.',
          'At his family group, someone asked him what mattered most. “Sleep,” he said. “And not feeling like a stranger in my own home.” He knew he could not make Lou stop smoking. But he could decide what happened in his house.',
          'He waited for a calm afternoon. “I love having you here. I won’t have smoking in the house any more. If you smoke, it’s outside. Your friends are welcome until ten. After ten, I’ll ask them to head home.”',
          'Lou was angry. “It calms me down. You know how bad my head gets.”',
          'Gabe kept his voice soft. “I know it does. I’m not telling you what to do with your life. This is about the house, and my sleep.”',
          'The next Friday, the friends stayed late. At ten, Gabe knocked and said the same short words. They left, grumbling. It was awkward for days. But by the third week, the house was quiet at night. Gabe was sleeping again, and he stopped snapping at breakfast.',
          'A month later, Lou said the team had asked about the cannabis, and Lou had told them the truth. Gabe just listened. The line held, and so did the bond between them.',
        ],
      },
    ],
  },
  takeaways: [
    'A boundary is about what you will do, not what they must do.',
    'Start small, share it at a calm time, and keep it the same way each time.',
    'Notice what comes before and after hard moments. Give your warmth to the good ones.',
    'Let natural consequences happen, but safety always comes first.',
    'Slipping is normal. You can always go back to your boundary.',
    'If you are afraid of how they might react, your safety comes first. The boundary can wait.',
  ],
  reflections: [
    {
      id: 'w5-what-matters',
      prompt: 'Where do you feel most stretched or worn down right now? What matters to you there?',
      hint: 'Think of sleep, money, safety at home, your time or your health. There is no wrong answer.',
    },
    {
      id: 'w5-good-moments',
      prompt: 'What good moments with {person} could you notice more, or make more room for?',
      hint: 'Small things count: a shared meal, a walk, a laugh, a calm phone call.',
    },
  ],
  practice: {
    id: 'w5-practice',
    tools: [
      { href: '/boundaries', label: 'Write a boundary with the boundary builder' },
      { href: '/plans/new', label: 'Plan the talk where you share it' },
      { href: '/safety-plan', label: 'Make a private safety plan' },
    ],
    title: 'Write one boundary',
    intro: [
      'This week’s skill is to write one boundary and share it. Keep it small. A boundary you can hold on a tired day is worth more than a big one you can’t.',
    ],
    steps: [
      'If you are afraid of how {person} might react, start with your safety plan instead. The boundary can wait.',
      'Pick one thing that keeps happening and leaves you drained, hurt or scared.',
      'Name what matters to you there, like sleep, money or safety.',
      'Write it in one or two short sentences: “When [this happens], I will [what I will do].”',
      'Choose a calm time to share it. Say it kindly and keep it brief.',
      'Plan what you will say if it is tested. Then do what you said, calmly, each time.',
    ],
    plan: [
      {
        id: 'w5-plan-boundary',
        label: 'My boundary, in my own words',
        hint: 'When [this happens], I will [what I will do].',
      },
      {
        id: 'w5-plan-when',
        label: 'When and where will I share it?',
        hint: 'Pick a calm moment, not the middle of an argument.',
      },
      {
        id: 'w5-plan-tested',
        label: 'What will I say if it is tested?',
        hint: 'A short line you can repeat, such as “I’m not changing my mind on this.”',
      },
      {
        id: 'w5-plan-support',
        label: 'Who can back me up?',
        hint: 'A friend, a support group, or someone else in the family.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w5-check-boundary',
      question: 'Which of these is a boundary?',
      options: [
        { text: '“You have to stop shouting, or else.”', correct: false },
        { text: '“When you shout, I will leave the room for a while.”', correct: true },
        { text: '“You’re not allowed to see those friends.”', correct: false },
      ],
      explanation:
        'A boundary is about what you will do. The other two try to steer someone else’s choices. That rarely works, and it often leads to a fight. Mixing these up is very common at first, so go easy on yourself.',
    },
    {
      id: 'w5-check-tested',
      question: '{Person} gets angry when you hold a new boundary. What does that usually mean?',
      options: [
        { text: 'The boundary was a mistake and you should drop it.', correct: false },
        { text: 'It is a normal reaction to change. Stay calm and keep it.', correct: true },
        { text: 'You should explain your reasons again until they agree.', correct: false },
      ],
      explanation:
        'New limits are often tested. Anger doesn’t mean you did something wrong. Keep your words short and kind, and follow through. A boundary still counts even if they don’t agree with it.',
    },
    {
      id: 'w5-check-good-moments',
      question: 'You have noticed a pattern around hard moments. What tends to help most?',
      options: [
        { text: 'Giving extra time and warmth when things are going well.', correct: true },
        { text: 'Saving your time and attention for the crises.', correct: false },
        { text: 'Listing every mistake so they can see the pattern too.', correct: false },
      ],
      explanation:
        'Warmth and time in the good moments can make those moments more likely. It is natural for a crisis to pull all your attention. Moving even a little of it to the calm times can make a real difference.',
    },
    {
      id: 'w5-check-consequences',
      question: 'What does letting natural consequences happen mean?',
      options: [
        { text: 'Not rushing in to fix things that follow on their own, like calling in sick for them.', correct: true },
        { text: 'Leaving them alone, even if they are in danger.', correct: false },
        { text: 'Adding your own punishments to teach a lesson.', correct: false },
      ],
      explanation:
        'Natural consequences happen on their own. You simply stop softening them. It is never about leaving someone in danger: safety always comes first. And it is not about punishment either. You step back; you don’t pile on.',
    },
    {
      id: 'w5-check-afraid',
      question: 'You are afraid {person} could turn violent if you share a boundary. What is the safest next step?',
      options: [
        { text: 'Put your safety first. Talk to a domestic violence line and make a safety plan. The boundary can wait.', correct: true },
        { text: 'Say it face to face right away, so they know you mean it.', correct: false },
        { text: 'Keep the fear to yourself and tell no one.', correct: false },
      ],
      explanation:
        'When you are afraid, your safety comes first, and so does the safety of any children. A domestic violence line can help you plan, and it is private. If you are in danger now, call your local emergency number.',
    },
  ],
  forYou: {
    title: 'Guilt is not proof you did wrong',
    blocks: [
      'Holding a boundary can bring up guilt, even when you know it is fair. That feeling is very common. It often shows how much you care. It does not mean you did something wrong.',
      'After you share a boundary, do one kind thing for yourself. Take a walk, call a friend, make a cup of tea, or go to bed early. Tell someone you trust what you did. Saying it out loud can help the guilt settle.',
      'Your needs count too. Looking after them is part of how you keep showing up.',
    ],
  },
};
